/**
 * Tallies of a round: counts per school, grade, class and staff, posted once to each subscribed
 * working group (names only where the group is entitled to them) and to each class teacher. Owns no
 * table: the round and its answers come from {@code RoundQuery}, class teachers from {@code
 * RosterQuery}, sends go through the delivery ledger; the school day's tally step calls {@code
 * TallyPoster}.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.tally;
