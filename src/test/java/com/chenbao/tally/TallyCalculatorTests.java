package com.chenbao.tally;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.forms.AnomalyFinding;
import com.chenbao.forms.Severity;
import com.chenbao.tally.Tally.ClassTally;
import com.chenbao.tally.Tally.Counts;
import com.chenbao.tally.Tally.KindCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyCalculatorTests {

  private static final TallyCalculator.RoundHeader ROUND =
      new TallyCalculator.RoundHeader(
          "s", "School", "morning-report", LocalDate.of(2031, 3, 10), 7L);
  private static final List<String> KINDS = List.of("fever", "symptom", "red_code");
  private static final AnomalyFinding FEVER =
      new AnomalyFinding("fever", Severity.URGENT, "Fever", "38.2");
  private static final AnomalyFinding COUGH =
      new AnomalyFinding("symptom", Severity.WARNING, "Symptom", "cough");

  private long nextId = 1;

  @Test
  void countsStudentsPerSchoolGradeAndClassAndStaffApartNeverAddingThemUp() {
    List<TallySubject> subjects = new ArrayList<>();
    subjects.add(student("A1", 11, "G1", "C1", true, FEVER, COUGH));
    subjects.add(student("A2", 11, "G1", "C1", false));
    subjects.add(student("A3", 12, "G1", "C2", true));
    subjects.add(student("B1", 21, "G2", "C1", true, COUGH));
    subjects.add(staff("S1", true));
    subjects.add(staff("S2", false));

    Tally tally = TallyCalculator.compute(ROUND, KINDS, subjects);

    assertThat(tally.students()).isEqualTo(new Counts(4, 3, 1, 2));
    assertThat(tally.grades()).extracting(Tally.GradeTally::grade).containsExactly("G1", "G2");
    assertThat(tally.grades().get(0).counts()).isEqualTo(new Counts(3, 2, 1, 1));
    assertThat(tally.grades().get(0).classes())
        .extracting(ClassTally::fullName)
        .containsExactly("G1C1", "G1C2");
    ClassTally c1 = tally.grades().get(0).classes().get(0);
    assertThat(c1.counts()).isEqualTo(new Counts(2, 1, 1, 1));
    assertThat(c1.missingNames()).containsExactly("A2");
    assertThat(c1.anomalies())
        .extracting(Tally.NamedAnomaly::name, Tally.NamedAnomaly::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A1", "fever"),
            org.assertj.core.groups.Tuple.tuple("A1", "symptom"));
    assertThat(tally.staff()).isEqualTo(new Counts(2, 1, 1, 0));
    assertThat(tally.missingStaff()).containsExactly("S2");
  }

  @Test
  void anomalyKindsOfStudentsAndOfStaffFollowTheRuleOrderCountSubjectsAndLeaveOutKindsNobodyHas() {
    List<TallySubject> subjects =
        List.of(
            student("A1", 11, "G1", "C1", true, COUGH),
            student("A2", 11, "G1", "C1", true, COUGH, FEVER),
            student("A3", 11, "G1", "C1", true, COUGH),
            staff("S1", true, FEVER),
            staff("S2", true));

    Tally tally = TallyCalculator.compute(ROUND, KINDS, subjects);

    assertThat(tally.studentKinds())
        .containsExactly(
            new KindCount("fever", "Fever", 1), new KindCount("symptom", "Symptom", 3));
    assertThat(tally.staffKinds()).containsExactly(new KindCount("fever", "Fever", 1));
    assertThat(tally.students().anomalies()).isEqualTo(3);
    assertThat(tally.staff()).isEqualTo(new Counts(2, 2, 0, 1));
    assertThat(tally.staffAnomalies())
        .singleElement()
        .satisfies(a -> assertThat(a.name()).isEqualTo("S1"));
  }

  @Test
  void aRoundWithNobodyExpectedIsAllZeros() {
    Tally tally = TallyCalculator.compute(ROUND, KINDS, List.of());

    assertThat(tally.students()).isEqualTo(new Counts(0, 0, 0, 0));
    assertThat(tally.grades()).isEmpty();
    assertThat(tally.studentKinds()).isEmpty();
    assertThat(tally.staffKinds()).isEmpty();
    assertThat(tally.staff()).isEqualTo(new Counts(0, 0, 0, 0));
  }

  @Test
  void gradesAndClassesKeepTheOrderTheSubjectsComeIn() {
    List<TallySubject> subjects =
        List.of(
            student("X", 31, "G3", "C1", false),
            student("Y", 11, "G1", "C1", false),
            student("Z", 32, "G3", "C2", true));

    Tally tally = TallyCalculator.compute(ROUND, KINDS, subjects);

    assertThat(tally.grades()).extracting(Tally.GradeTally::grade).containsExactly("G3", "G1");
    assertThat(tally.grades().get(0).classes())
        .extracting(ClassTally::classId)
        .containsExactly(31L, 32L);
  }

  private TallySubject student(
      String name,
      long classId,
      String grade,
      String className,
      boolean answered,
      AnomalyFinding... findings) {
    return new TallySubject(
        "student", nextId++, name, classId, grade, className, answered, List.of(findings));
  }

  private TallySubject staff(String name, boolean answered, AnomalyFinding... findings) {
    return new TallySubject("staff", nextId++, name, null, null, null, answered, List.of(findings));
  }
}
