package com.chenbao.alert;

import com.chenbao.rounds.AnswerRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Raises alerts for a stored answer, synchronously once the answer's transaction has committed (so the
 * answer is visible and an alert goes out within seconds; tests see it as soon as their transaction
 * returns). Runs outside any transaction ({@code NOT_SUPPORTED}): each statement commits on its own, so
 * a delivery row is durable before its send, and no transaction stays open while the gateway retries.
 * An event published without a transaction is handled at once.
 *
 * <p>The answering thread waits for the sends. If that ever matters, an asynchronous
 * {@code @ApplicationModuleListener} here is the only change needed: the handling is idempotent.
 */
@Component
class AnswerRecordedListener {

  private static final Logger log = LoggerFactory.getLogger(AnswerRecordedListener.class);

  private final AnomalyAlerts alerts;

  AnswerRecordedListener(AnomalyAlerts alerts) {
    this.alerts = alerts;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void on(AnswerRecorded event) {
    try {
      alerts.handleAnswer(event.roundId(), event.subjectKind().name().toLowerCase(java.util.Locale.ROOT), event.subjectId());
    } catch (RuntimeException e) {
      // The answer is committed; failing the publisher now would only confuse it. Handling again
      // (the next correction, or an operator) is safe.
      log.error("Anomaly alerts failed for round {} {} {} revision {}", event.roundId(), event.subjectKind(),
          event.subjectId(), event.revision(), e);
    }
  }
}
