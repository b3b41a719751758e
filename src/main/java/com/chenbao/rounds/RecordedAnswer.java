package com.chenbao.rounds;

/**
 * What {@link AnswerRecorder#record} did.
 *
 * @param revision 1 for the first answer of the subject in the round, 2 for the first correction, ...
 * @param late this answer came at or after the round's cut-off (or after it was closed)
 * @param duplicate the message id was already recorded for this subject: nothing changed, no event
 */
public record RecordedAnswer(long roundId, int revision, boolean late, boolean duplicate) {}
