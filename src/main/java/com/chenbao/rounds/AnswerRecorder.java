package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Subject;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Stores answers for the conversation module. One current answer per subject per round: a later
 * reply for the same subject (from either guardian) is laid over it with the next revision — the
 * questions it gives replace the stored ones, the rest stay, so a follow-up completes a partial
 * answer ("la duzi" then "37.9") and a correction changes only what it says. Every revision is kept
 * in answer_revisions. Publishes {@link AnswerRecorded}.
 */
public interface AnswerRecorder {

  /**
   * Records the answer given at {@code at}. It is late when {@code at} is at or after the round's
   * cut-off or after the round was closed; the answer row's {@code late} flag tells whether the
   * subject was first answered late, so a correction after the cut-off does not turn an on-time
   * report late. A second call with the same non-null {@code msgId} for the same subject changes
   * nothing, and so does a reply from the same person that repeats what is stored (no new
   * revision).
   *
   * @param values only what the reply gives ({@link AnswerValues#given()})
   * @param rawText what the person typed, kept with the revision
   * @param msgId the DingTalk message id the answer came in
   * @throws IllegalArgumentException if there is no such round
   * @throws IllegalStateException if the round was skipped
   */
  RecordedAnswer record(
      long roundId,
      Subject.Kind subjectKind,
      long subjectId,
      AnswererKind answeredByKind,
      long answeredById,
      AnswerValues values,
      @Nullable String rawText,
      @Nullable String msgId,
      Instant at);
}
