package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Subject;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An answer (or a correction, {@code revision} &gt; 1) was stored. Published inside the recording
 * transaction and kept in the event publication registry (docs/events.md); module listeners handle
 * it after the commit, asynchronously, and again after a crash if they had not finished. It carries
 * what listeners need, so none of them reads the rounds tables back: the round's school and form,
 * who the answer is about and who gave it, the class the subject was expected in, and the subject's
 * current answer as stored (a correction merged with what was said before). Serialised as JSON:
 * plain values only.
 *
 * @param formCode the round's form, e.g. {@code morning-report}
 * @param classId the class the round expected the student in; null for staff, or a student the
 *     round did not expect
 * @param values the subject's current answer after this one
 * @param answeredAt when the answer was given
 * @param late this answer came after the cut-off
 */
public record AnswerRecorded(
    long roundId,
    long schoolId,
    String formCode,
    Subject.Kind subjectKind,
    long subjectId,
    @Nullable Long classId,
    int revision,
    boolean late,
    AnswererKind answeredByKind,
    long answeredById,
    AnswerValues values,
    Instant answeredAt) {}
