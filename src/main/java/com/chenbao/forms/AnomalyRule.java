package com.chenbao.forms;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One anomaly rule of a form, e.g. temperature ≥ 37.3 raises {@code fever} (urgent).
 *
 * @param kind id of the anomaly, unique in the form: {@code [a-z][a-z_]*}
 * @param label short Chinese name used in alerts ("fever" in the default form)
 */
public record AnomalyRule(
    String kind, Severity severity, String label, Condition condition, DetailTemplate detail) {

  Optional<AnomalyFinding> apply(Question question, @Nullable Object value) {
    if (!condition.test(question, value)) {
      return Optional.empty();
    }
    return Optional.of(new AnomalyFinding(kind, severity, label, detail.render(question, value)));
  }
}
