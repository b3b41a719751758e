package com.chenbao.rounds;

import com.chenbao.forms.Subject;

/**
 * An answer (or a correction, {@code revision} &gt; 1) was stored. Published inside the recording
 * transaction; module listeners run after it commits.
 *
 * @param late this answer came after the cut-off
 */
public record AnswerRecorded(long roundId, long schoolId, Subject.Kind subjectKind, long subjectId, int revision,
    boolean late) {}
