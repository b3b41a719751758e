package com.chenbao.tally;

import com.chenbao.forms.AnomalyFinding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One expected subject of a round with what its current answer raises: the calculator's input.
 *
 * @param classId the student's class at the round's snapshot; null for staff
 * @param findings empty when not answered or all is well
 */
record TallySubject(
    String subjectKind,
    long subjectId,
    String name,
    @Nullable Long classId,
    @Nullable String grade,
    @Nullable String className,
    boolean answered,
    List<AnomalyFinding> findings) {

  TallySubject {
    findings = List.copyOf(findings);
  }

  boolean isStaff() {
    return "staff".equals(subjectKind);
  }

  boolean hasAnomaly() {
    return !findings.isEmpty();
  }
}
