package com.chenbao.roster;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Counts per class of one school and for the whole school. */
public record RosterSummary(
    String schoolCode, String schoolName, List<ClassSummary> classes, Totals totals) {

  public RosterSummary {
    classes = List.copyOf(classes);
  }

  /** One class. {@code guardians}: distinct guardians of its active and on-leave students. */
  public record ClassSummary(
      long classId,
      String grade,
      String className,
      @Nullable String classTeacher,
      int active,
      int onLeave,
      int transferredOut,
      int guardians) {}

  /**
   * The whole school. {@code guardians} counts a guardian of children in two classes once; {@code
   * staff} counts active staff.
   */
  public record Totals(
      int classes, int active, int onLeave, int transferredOut, int guardians, int staff) {}
}
