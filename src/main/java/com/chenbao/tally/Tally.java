package com.chenbao.tally;

import java.time.LocalDate;
import java.util.List;

/**
 * The numbers of one round as they stand: who was expected, who has answered, and whose current
 * answer raises an anomaly (corrections count as they are now). Carries names; whoever shows it
 * decides who may see them. Students and staff are counted apart and never added up: a school reads
 * "131 students, 13 staff", and a mixed "144 expected" reads as 144 students.
 *
 * @param students every expected student
 * @param studentKinds students per anomaly kind, in the form's rule order; kinds no student has are
 *     absent
 * @param grades the students, per grade and class in the school's order
 * @param staff the staff expected in the round (all zero if the form is not for staff)
 * @param staffKinds staff per anomaly kind, like {@code studentKinds}
 */
public record Tally(
    String schoolCode,
    String schoolName,
    String formCode,
    LocalDate date,
    long roundId,
    Counts students,
    List<KindCount> studentKinds,
    List<GradeTally> grades,
    Counts staff,
    List<KindCount> staffKinds,
    List<String> missingStaff,
    List<NamedAnomaly> staffAnomalies) {

  public Tally {
    studentKinds = List.copyOf(studentKinds);
    grades = List.copyOf(grades);
    staffKinds = List.copyOf(staffKinds);
    missingStaff = List.copyOf(missingStaff);
    staffAnomalies = List.copyOf(staffAnomalies);
  }

  /**
   * @param anomalies subjects with at least one anomaly (a subject with two kinds counts once)
   */
  public record Counts(int expected, int reported, int missing, int anomalies) {}

  /**
   * @param label the form rule's label, e.g. fever in Chinese
   */
  public record KindCount(String kind, String label, int count) {}

  public record GradeTally(String grade, Counts counts, List<ClassTally> classes) {
    public GradeTally {
      classes = List.copyOf(classes);
    }
  }

  /**
   * @param missingNames students not yet reported, in student-number order
   */
  public record ClassTally(
      long classId,
      String grade,
      String className,
      Counts counts,
      List<String> missingNames,
      List<NamedAnomaly> anomalies) {
    public ClassTally {
      missingNames = List.copyOf(missingNames);
      anomalies = List.copyOf(anomalies);
    }

    /** Grade and class as people write them, e.g. grade one class 1. */
    public String fullName() {
      return grade + className;
    }
  }

  /** One anomaly of one subject; a subject with two kinds has two. */
  public record NamedAnomaly(
      String subjectKind, long subjectId, String name, String kind, String label, String detail) {}
}
