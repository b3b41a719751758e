package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;

/**
 * What {@link AnswerRecorder#record} did.
 *
 * @param revision 1 for the first answer of the subject in the round, 2 for the first correction,
 *     ...
 * @param late this answer came at or after the round's cut-off (or after it was closed)
 * @param duplicate the message id was already recorded for this subject, or the reply repeats what
 *     is stored: nothing changed, no event
 * @param stored the subject's answer as stored after this call: the earlier answer of the round
 *     with this reply laid over it (what the receipt reads back)
 */
public record RecordedAnswer(
    long roundId, int revision, boolean late, boolean duplicate, AnswerValues stored) {}
