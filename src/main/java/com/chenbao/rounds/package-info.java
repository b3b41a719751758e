/**
 * Rounds: one form on one date for one school, the people expected to answer (a snapshot taken when the
 * round opens), their answers, student leaves and guardians' leave requests. The steps of a round's day
 * are the school day's ({@code com.chenbao.schoolday}), which uses {@link com.chenbao.rounds.Rounds}.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.rounds;
