/**
 * Tallies of a round: counts per school, grade, class and staff, posted once to each subscribed working
 * group (names only where the group is entitled to them) and to each class teacher.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.tally;
