/** The school as it is: grades, classes, class teachers, students, guardians, staff; roster import. */
@org.jspecify.annotations.NullMarked
package com.chenbao.roster;
