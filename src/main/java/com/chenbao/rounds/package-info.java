/**
 * Rounds: one form on one date for one school, the people expected to answer, their answers and leaves, and
 * the steps of its day (push, remind, notify-teachers, close, tally), each idempotent through unique delivery
 * rows. Anomalies and tallies are asked through ports this module declares ({@code RoundAnomalies},
 * {@code RoundTallies}) and the alert and tally modules implement, since both depend on rounds.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.rounds;
