package com.chenbao.rounds;

import com.chenbao.forms.Form;
import com.chenbao.forms.Severity;
import com.chenbao.forms.Subject;
import com.chenbao.roster.School;
import com.chenbao.rounds.RoundOverview.Anomaly;
import com.chenbao.rounds.RoundOverview.ClassRow;
import com.chenbao.rounds.RoundOverview.Counts;
import com.chenbao.rounds.RoundOverview.MissingPerson;
import com.chenbao.shared.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The admin view of a round. Names of people are personal data: every read is written to the audit
 * log.
 */
@Service
class RoundOverviewService {

  static final String AUDIT_ACTION = "round.read-overview";
  static final String ANSWERS_AUDIT_ACTION = "round.read-answers";

  private final RoundResolver resolver;
  private final RoundQueryService query;
  private final RoundPeople people;
  private final RoundAnomalies anomalies;
  private final AuditLog audit;
  private final Clock clock;

  RoundOverviewService(
      RoundResolver resolver,
      RoundQueryService query,
      RoundPeople people,
      RoundAnomalies anomalies,
      AuditLog audit,
      Clock clock) {
    this.people = people;
    this.resolver = resolver;
    this.query = query;
    this.anomalies = anomalies;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * @throws NoRound if the round was never opened
   */
  RoundOverview overview(String schoolCode, String formCode, LocalDate date, String actor) {
    School school = resolver.school(schoolCode);
    Form form = resolver.form(formCode);
    RoundView round =
        query
            .round(school.id(), form.code(), date)
            .orElseThrow(() -> new NoRound(school, form, date));
    List<ExpectedSubject> subjects = query.expectedSubjects(round.id());
    audit.record(actor, AUDIT_ACTION, school.id(), form.code() + " " + date, null, clock.instant());
    Map<Long, int[]> perClass = new LinkedHashMap<>();
    Map<Long, String> classNames = new LinkedHashMap<>();
    int[] staff = new int[2];
    List<MissingPerson> missing = new ArrayList<>();
    int answered = 0;
    int late = 0;
    for (ExpectedSubject s : subjects) {
      int[] counts =
          s.kind() == Subject.Kind.STAFF
              ? staff
              : perClass.computeIfAbsent(Objects.requireNonNull(s.classId()), id -> new int[2]);
      if (s.classId() != null) {
        classNames.putIfAbsent(s.classId(), String.valueOf(s.className()));
      }
      counts[0]++;
      if (s.answered()) {
        counts[1]++;
        answered++;
        late += s.late() ? 1 : 0;
      } else {
        missing.add(
            new MissingPerson(
                s.kind().name().toLowerCase(Locale.ROOT), s.subjectId(), s.name(), s.className()));
      }
    }
    List<ClassRow> classes = new ArrayList<>();
    int[] students = new int[2];
    perClass.forEach(
        (id, c) -> {
          classes.add(new ClassRow(id, classNames.get(id), c[0], c[1], c[0] - c[1]));
          students[0] += c[0];
          students[1] += c[1];
        });
    return new RoundOverview(
        school.code(),
        form.code(),
        date,
        round.status(),
        round.deadline(),
        round.closedAt(),
        subjects.size(),
        answered,
        subjects.size() - answered,
        late,
        counts(students),
        counts(staff),
        classes,
        missing,
        anomalies(round.id(), subjects));
  }

  /**
   * The alert module's findings with the names and classes of the round's snapshot (no query per
   * person).
   */
  private List<Anomaly> anomalies(long roundId, List<ExpectedSubject> subjects) {
    Map<String, ExpectedSubject> byKey = new HashMap<>();
    subjects.forEach(
        s -> byKey.put(key(s.kind().name().toLowerCase(Locale.ROOT), s.subjectId()), s));
    return anomalies.currentOf(roundId).stream()
        .sorted(
            Comparator.comparing((RoundAnomalies.Finding f) -> f.severity() != Severity.URGENT)
                .thenComparing(RoundAnomalies.Finding::detectedAt)
                .thenComparingLong(RoundAnomalies.Finding::id))
        .map(
            f -> {
              ExpectedSubject s = byKey.get(key(f.subjectKind(), f.subjectId()));
              return new Anomaly(
                  f.subjectKind(),
                  f.subjectId(),
                  s == null ? "" : s.name(),
                  s == null ? null : s.className(),
                  f.kind(),
                  f.severity().code(),
                  f.detail(),
                  f.detectedAt());
            })
        .toList();
  }

  private static String key(String kind, long id) {
    return kind + ":" + id;
  }

  private static Counts counts(int[] expectedAndAnswered) {
    return new Counts(
        expectedAndAnswered[0],
        expectedAndAnswered[1],
        expectedAndAnswered[0] - expectedAndAnswered[1]);
  }

  /**
   * The interpreted answers of a round, of one class if {@code className} is given (grade and
   * class, or the class name alone when unique). Audited like the overview.
   *
   * @throws NoRound if the round was never opened
   */
  List<AnswerView> answers(
      String schoolCode,
      String formCode,
      LocalDate date,
      @Nullable String className,
      String actor) {
    School school = resolver.school(schoolCode);
    Form form = resolver.form(formCode);
    RoundView round =
        query
            .round(school.id(), form.code(), date)
            .orElseThrow(() -> new NoRound(school, form, date));
    audit.record(
        actor,
        ANSWERS_AUDIT_ACTION,
        school.id(),
        form.code() + " " + date + (className == null ? "" : " " + className),
        null,
        clock.instant());
    List<String> questions = form.questions().stream().map(com.chenbao.forms.Question::id).toList();
    return people.answers(
        round.id(), className == null || className.isBlank() ? null : className.trim(), questions);
  }
}
