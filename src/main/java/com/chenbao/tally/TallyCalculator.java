package com.chenbao.tally;

import com.chenbao.forms.AnomalyFinding;
import com.chenbao.tally.Tally.ClassTally;
import com.chenbao.tally.Tally.Counts;
import com.chenbao.tally.Tally.GradeTally;
import com.chenbao.tally.Tally.KindCount;
import com.chenbao.tally.Tally.NamedAnomaly;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Computes a tally from the round's expected subjects, pure. Grades and classes keep the order the
 * subjects come in (the school's order); a student without a class counts in a grade and class
 * named "". Students and staff are counted apart, anomaly kinds too; nothing adds the two up.
 */
final class TallyCalculator {

  private TallyCalculator() {}

  /** The round a tally is of. */
  record RoundHeader(
      String schoolCode, String schoolName, String formCode, LocalDate date, long roundId) {}

  /**
   * @param kindOrder the form's anomaly kinds in rule order: the order of {@link
   *     Tally#anomalyKinds()}
   */
  static Tally compute(RoundHeader round, List<String> kindOrder, List<TallySubject> subjects) {
    List<TallySubject> students = subjects.stream().filter(s -> !s.isStaff()).toList();
    List<TallySubject> staff = subjects.stream().filter(TallySubject::isStaff).toList();
    List<GradeTally> grades =
        groupBy(students, s -> Objects.requireNonNullElse(s.grade(), "")).entrySet().stream()
            .map(e -> new GradeTally(e.getKey(), counts(e.getValue()), classes(e.getValue())))
            .toList();
    return new Tally(
        round.schoolCode(),
        round.schoolName(),
        round.formCode(),
        round.date(),
        round.roundId(),
        counts(students),
        kinds(kindOrder, students),
        grades,
        counts(staff),
        kinds(kindOrder, staff),
        missingNames(staff),
        anomalies(staff));
  }

  static Counts counts(List<TallySubject> subjects) {
    int reported = (int) subjects.stream().filter(TallySubject::answered).count();
    int anomalies = (int) subjects.stream().filter(TallySubject::hasAnomaly).count();
    return new Counts(subjects.size(), reported, subjects.size() - reported, anomalies);
  }

  private static List<ClassTally> classes(List<TallySubject> studentsOfGrade) {
    return groupBy(studentsOfGrade, s -> Objects.requireNonNullElse(s.classId(), 0L))
        .values()
        .stream()
        .map(
            list -> {
              TallySubject first = list.get(0);
              return new ClassTally(
                  Objects.requireNonNullElse(first.classId(), 0L),
                  Objects.requireNonNullElse(first.grade(), ""),
                  Objects.requireNonNullElse(first.className(), ""),
                  counts(list),
                  missingNames(list),
                  anomalies(list));
            })
        .toList();
  }

  private static List<KindCount> kinds(List<String> kindOrder, List<TallySubject> subjects) {
    Map<String, KindCount> byKind = new LinkedHashMap<>();
    kindOrder.forEach(kind -> byKind.put(kind, null));
    for (TallySubject subject : subjects) {
      // A subject counts once per kind, even if a form had two rules of one kind.
      subject.findings().stream()
          .map(AnomalyFinding::kind)
          .distinct()
          .forEach(
              kind -> {
                String label =
                    subject.findings().stream()
                        .filter(f -> f.kind().equals(kind))
                        .findFirst()
                        .orElseThrow()
                        .label();
                KindCount before = byKind.get(kind);
                byKind.put(
                    kind, new KindCount(kind, label, before == null ? 1 : before.count() + 1));
              });
    }
    return byKind.values().stream().filter(Objects::nonNull).toList();
  }

  private static List<String> missingNames(List<TallySubject> subjects) {
    return subjects.stream().filter(s -> !s.answered()).map(TallySubject::name).toList();
  }

  private static List<NamedAnomaly> anomalies(List<TallySubject> subjects) {
    List<NamedAnomaly> named = new ArrayList<>();
    for (TallySubject s : subjects) {
      s.findings()
          .forEach(
              f ->
                  named.add(
                      new NamedAnomaly(
                          s.subjectKind(),
                          s.subjectId(),
                          s.name(),
                          f.kind(),
                          f.label(),
                          f.detail())));
    }
    return named;
  }

  private static <K> Map<K, List<TallySubject>> groupBy(
      List<TallySubject> subjects, Function<TallySubject, K> key) {
    Map<K, List<TallySubject>> groups = new LinkedHashMap<>();
    subjects.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
    return groups;
  }
}
