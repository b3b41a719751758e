package com.chenbao.alert;

import com.chenbao.forms.AnomalyFinding;
import com.chenbao.forms.FormCatalog;
import com.chenbao.rounds.AnswerRecorded;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Evaluates a subject's current answer (as the event carries it) against its form's rules, keeps
 * the {@code anomalies} rows in step with it, and queues alerts for whoever has not yet been told
 * of each current anomaly. Idempotent: running it again for the same event (a resubmitted
 * publication, a correction that keeps the finding) queues nothing new. A correction that removes a
 * finding marks the row cleared; alerts already sent are not retracted. Runs in the listener's
 * transaction: the subject's evaluation row is locked, so two answers of one subject are evaluated
 * one after the other, and an event older than the one evaluated last (handled late, or
 * resubmitted) changes nothing.
 */
@Service
class AnomalyAlerts {

  private static final Logger log = LoggerFactory.getLogger(AnomalyAlerts.class);

  private final AnomalyMapper anomalies;
  private final FormCatalog forms;
  private final AlertSubjects subjects;
  private final AlertDispatcher dispatcher;
  private final Clock clock;

  AnomalyAlerts(
      AnomalyMapper anomalies,
      FormCatalog forms,
      AlertSubjects subjects,
      AlertDispatcher dispatcher,
      Clock clock) {
    this.anomalies = anomalies;
    this.forms = forms;
    this.subjects = subjects;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** Handles the subject's answer as of the event's revision. */
  void handleAnswer(AnswerRecorded event) {
    String subjectKind = event.subjectKind().name().toLowerCase(Locale.ROOT);
    anomalies.ensureEvaluation(event.roundId(), subjectKind, event.subjectId());
    int evaluated = anomalies.lockEvaluation(event.roundId(), subjectKind, event.subjectId());
    if (evaluated > event.revision()) {
      log.info(
          "Round {} {} {}: revision {} already evaluated, revision {} skipped",
          event.roundId(),
          subjectKind,
          event.subjectId(),
          evaluated,
          event.revision());
      return;
    }
    anomalies.markEvaluated(event.roundId(), subjectKind, event.subjectId(), event.revision());
    List<AnomalyFinding> findings = forms.form(event.formCode()).evaluate(event.values());
    AlertSubject subject = subjects.describe(event);
    List<RaisedAnomaly> raised = record(event, subjectKind, subject.classId(), findings);
    if (!raised.isEmpty()) {
      AlertContext context = new AlertContext(event.roundId(), event.schoolId(), event.formCode());
      dispatcher.dispatch(context, subject, raised);
    }
  }

  /**
   * Upserts each finding, clears the subject's other anomalies, and returns the findings with their
   * row ids.
   */
  private List<RaisedAnomaly> record(
      AnswerRecorded event,
      String subjectKind,
      @Nullable Long classId,
      List<AnomalyFinding> findings) {
    Instant now = clock.instant();
    for (AnomalyFinding f : findings) {
      anomalies.upsertCurrent(
          event.roundId(),
          subjectKind,
          event.subjectId(),
          classId,
          f.kind(),
          f.severity().code(),
          f.detail(),
          now);
    }
    List<String> kinds = findings.stream().map(AnomalyFinding::kind).toList();
    anomalies.clearAllBut(event.roundId(), subjectKind, event.subjectId(), kinds, now);
    Map<String, AnomalyFinding> byKind =
        findings.stream().collect(Collectors.toMap(AnomalyFinding::kind, Function.identity()));
    return anomalies.findCurrentOfSubject(event.roundId(), subjectKind, event.subjectId()).stream()
        .filter(row -> byKind.containsKey(row.kind()))
        .map(
            row -> {
              AnomalyFinding f = byKind.get(row.kind());
              return new RaisedAnomaly(row.id(), f.kind(), f.severity(), f.label(), f.detail());
            })
        .toList();
  }
}
