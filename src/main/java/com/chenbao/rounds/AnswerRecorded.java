package com.chenbao.rounds;

/**
 * An answer for one subject of a round was stored (first answer or a correction). Published after the
 * answers row is written; listeners (anomaly alerts, live tallies) react after the transaction commits.
 *
 * @param subjectKind {@code student} or {@code staff}
 * @param revision 1 for the first answer, higher for corrections
 * @param late the answer came after the round's cut-off
 */
public record AnswerRecorded(long roundId, long schoolId, String subjectKind, long subjectId, int revision, boolean late) {}
