package com.chenbao.schoolday;

import com.chenbao.delivery.DeliveryReport;

/** What one run of a step did with its messages; becomes a {@link StepReport}. */
final class SendCounts {

  int sent;
  int alreadyDone;
  int undeliverable;
  int unknown;
  int failed;
  int inProgress;

  static SendCounts of(DeliveryReport report) {
    SendCounts counts = new SendCounts();
    counts.sent = report.sent();
    counts.alreadyDone = report.alreadyDone();
    counts.undeliverable = report.undeliverable();
    counts.unknown = report.unknown();
    counts.failed = report.failed();
    counts.inProgress = report.inProgress();
    return counts;
  }

  void add(SendCounts other) {
    sent += other.sent;
    alreadyDone += other.alreadyDone;
    undeliverable += other.undeliverable;
    unknown += other.unknown;
    failed += other.failed;
    inProgress += other.inProgress;
  }

  /** Failures and rows another run is sending, in English for the operator; empty when none. */
  String problems() {
    StringBuilder note = new StringBuilder();
    if (failed > 0) {
      note.append(failed).append(" failed or flow-controlled (retried by the next run)");
    }
    if (inProgress > 0) {
      note.append(note.isEmpty() ? "" : "; ")
          .append(inProgress)
          .append(" being sent by another run");
    }
    return note.toString();
  }
}
