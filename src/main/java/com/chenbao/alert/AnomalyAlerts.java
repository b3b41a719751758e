package com.chenbao.alert;

import com.chenbao.alert.AlertAnswerMapper.AnswerRow;
import com.chenbao.forms.AnomalyFinding;
import com.chenbao.forms.FormCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Evaluates a subject's current answer against its form's rules, keeps the {@code anomalies} rows in step
 * with it, and alerts whoever has not yet been told of each current anomaly. Idempotent: running it again
 * for the same answer (a repeated event, a correction that keeps the finding) sends nothing new. A
 * correction that removes a finding marks the row cleared; alerts already sent are not retracted.
 */
@Service
class AnomalyAlerts {

  private static final Logger log = LoggerFactory.getLogger(AnomalyAlerts.class);

  private final AlertAnswerMapper answers;
  private final AnomalyMapper anomalies;
  private final FormCatalog forms;
  private final AlertSubjects subjects;
  private final AlertDispatcher dispatcher;
  private final Clock clock;

  AnomalyAlerts(AlertAnswerMapper answers, AnomalyMapper anomalies, FormCatalog forms, AlertSubjects subjects,
      AlertDispatcher dispatcher, Clock clock) {
    this.answers = answers;
    this.anomalies = anomalies;
    this.forms = forms;
    this.subjects = subjects;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** Handles the current answer of one subject of a round; does nothing if there is none. */
  void handleAnswer(long roundId, String subjectKind, long subjectId) {
    AnswerRow answer = answers.findAnswer(roundId, subjectKind, subjectId);
    if (answer == null) {
      log.warn("No answer for round {} {} {}: no anomalies evaluated", roundId, subjectKind, subjectId);
      return;
    }
    List<AnomalyFinding> findings = forms.form(answer.formCode()).evaluate(answer.values());
    List<RaisedAnomaly> raised = record(answer, findings);
    if (!raised.isEmpty()) {
      AlertContext context = new AlertContext(roundId, answer.schoolId(), answer.formCode());
      dispatcher.dispatch(context, subjects.describe(answer), raised);
    }
  }

  /** Upserts each finding, clears the subject's other anomalies, and returns the findings with their row ids. */
  private List<RaisedAnomaly> record(AnswerRow answer, List<AnomalyFinding> findings) {
    Instant now = clock.instant();
    for (AnomalyFinding f : findings) {
      anomalies.upsertCurrent(answer.roundId(), answer.subjectKind(), answer.subjectId(), f.kind(),
          f.severity().code(), f.detail(), now);
    }
    List<String> kinds = findings.stream().map(AnomalyFinding::kind).toList();
    anomalies.clearAllBut(answer.roundId(), answer.subjectKind(), answer.subjectId(), kinds, now);
    Map<String, AnomalyFinding> byKind =
        findings.stream().collect(Collectors.toMap(AnomalyFinding::kind, Function.identity()));
    return anomalies.findCurrentOfSubject(answer.roundId(), answer.subjectKind(), answer.subjectId()).stream()
        .filter(row -> byKind.containsKey(row.kind()))
        .map(row -> {
          AnomalyFinding f = byKind.get(row.kind());
          return new RaisedAnomaly(row.id(), f.kind(), f.severity(), f.label(), f.detail());
        })
        .toList();
  }
}
