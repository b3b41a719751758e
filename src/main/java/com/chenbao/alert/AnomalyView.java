package com.chenbao.alert;

import com.chenbao.forms.Severity;
import java.time.Instant;

/**
 * An anomaly of a round that the subject's current answer still raises.
 *
 * @param subjectKind {@code student} or {@code staff}
 * @param kind the form rule's kind, e.g. {@code fever}
 * @param detail the finding's detail as people read it (Chinese), from the latest answer
 * @param detectedAt when the first answer raising it was evaluated
 */
public record AnomalyView(
    long id,
    long roundId,
    String subjectKind,
    long subjectId,
    String kind,
    Severity severity,
    String detail,
    Instant detectedAt) {}
