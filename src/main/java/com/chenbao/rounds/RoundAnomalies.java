package com.chenbao.rounds;

import com.chenbao.forms.Severity;
import java.time.Instant;
import java.util.List;

/**
 * The current anomalies of a round, for the round overview. The alert module owns them and
 * implements this port; it depends on rounds (it hears {@link AnswerRecorded}), so rounds asks
 * through an interface of its own instead of importing alert.
 */
public interface RoundAnomalies {

  /**
   * The round's current anomalies (a correction that removed a finding clears it); empty for none.
   * One query.
   */
  List<Finding> currentOf(long roundId);

  /**
   * One current anomaly.
   *
   * @param subjectKind {@code student} or {@code staff}
   * @param kind the form rule's kind, e.g. {@code fever}
   * @param detail as people read it (Chinese), from the latest answer
   */
  record Finding(
      long id,
      String subjectKind,
      long subjectId,
      String kind,
      Severity severity,
      String detail,
      Instant detectedAt) {}
}
