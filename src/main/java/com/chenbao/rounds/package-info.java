/**
 * Rounds: one form on one date for one school, the people expected to answer (a snapshot taken when
 * the round opens), their answers, student leaves and guardians' leave requests. The steps of a
 * round's day are the school day's ({@code com.chenbao.schoolday}), which uses {@link
 * com.chenbao.rounds.Rounds}. Anomalies are asked through a port this module declares ({@code
 * RoundAnomalies}) and the alert module implements, since alert depends on rounds.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.rounds;
