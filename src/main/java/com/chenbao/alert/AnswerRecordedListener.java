package com.chenbao.alert;

import com.chenbao.rounds.AnswerRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises alerts for a stored answer: after the answer's transaction commits, on a task thread, in a
 * transaction of its own, recorded in the event publication registry (docs/events.md). An exception
 * leaves the publication incomplete, and so does a crash: it is handed over again later
 * (periodically, and at the next start), so no alert is lost between the answer's commit and its
 * handling. Handling twice is harmless: the alerts are keyed in the delivery ledger, and an event
 * older than the one already handled for the same subject is skipped.
 */
@Component
class AnswerRecordedListener {

  private final AnomalyAlerts alerts;

  AnswerRecordedListener(AnomalyAlerts alerts) {
    this.alerts = alerts;
  }

  @ApplicationModuleListener
  void on(AnswerRecorded event) {
    alerts.handleAnswer(event);
  }
}
