/**
 * The school as it is: grades, classes, class teachers, students, guardians, staff; roster import;
 * DingTalk userIds from the home-school contacts.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.roster;
