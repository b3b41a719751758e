/**
 * Rounds: one form on one date for one school, the people expected to answer, and the steps of its day
 * (push, remind, notify-teachers, close, tally), each idempotent through unique delivery rows.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.rounds;
