package com.chenbao.roster;

import com.chenbao.roster.SchoolStructureMapper.ClassRow;
import com.chenbao.shared.MessageTexts;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks the student rows of a file, one row at a time and against the rows before it, and builds
 * the students, guardians, links and class teachers to write. One instance per file.
 */
final class StudentRowsValidator {

  private final MessageTexts texts;
  private final RowErrors errors;
  private final FieldChecks checks;
  private final ClassTeacherChecks teachers;
  private final Map<String, Map<String, ClassRow>> classes = new LinkedHashMap<>();

  private final Map<String, Seen<ValidatedRoster.Student>> students = new LinkedHashMap<>();
  private final Map<String, Seen<ValidatedRoster.Guardian>> guardians = new LinkedHashMap<>();
  private final Map<String, Seen<String>> guardianByDingtalk = new HashMap<>();
  private final Map<String, RowRef> pairs = new HashMap<>();
  private final Map<String, ValidatedRoster.Link> links = new LinkedHashMap<>();

  StudentRowsValidator(MessageTexts texts, RowErrors errors, List<ClassRow> structure) {
    this.texts = texts;
    this.errors = errors;
    this.checks = new FieldChecks(errors);
    this.teachers = new ClassTeacherChecks(texts, errors);
    structure.forEach(
        c -> classes.computeIfAbsent(c.grade(), g -> new LinkedHashMap<>()).put(c.name(), c));
  }

  void check(SheetLine line) {
    boolean ok = true;
    for (RosterColumn column : RosterColumn.STUDENT_REQUIRED) {
      ok &= checks.required(line, column);
    }
    ok &=
        checks.fits(line, RosterColumn.STUDENT_NO, 32)
            & checks.fits(line, RosterColumn.STUDENT_NAME, 64)
            & checks.fits(line, RosterColumn.GUARDIAN_NAME, 64)
            & checks.fits(line, RosterColumn.RELATION, 16)
            & checks.fits(line, RosterColumn.GUARDIAN_DINGTALK, 64)
            & checks.fits(line, RosterColumn.TEACHER_NAME, 64)
            & checks.fits(line, RosterColumn.TEACHER_DINGTALK, 64);
    Optional<String> phone =
        line.get(RosterColumn.GUARDIAN_PHONE).isEmpty()
            ? Optional.empty()
            : checks.phone(line, RosterColumn.GUARDIAN_PHONE);
    ClassRow schoolClass = schoolClass(line);
    if (!line.get(RosterColumn.TEACHER_DINGTALK).isEmpty()) {
      ok &= checks.required(line, RosterColumn.TEACHER_NAME);
    }
    if (ok && phone.isPresent() && schoolClass != null) {
      checkAgainstEarlierRows(line, phone.get(), schoolClass);
    }
  }

  private @Nullable ClassRow schoolClass(SheetLine line) {
    String grade = line.get(RosterColumn.GRADE);
    String name = line.get(RosterColumn.CLASS);
    if (grade.isEmpty() || name.isEmpty()) {
      return null;
    }
    Map<String, ClassRow> ofGrade = classes.get(grade);
    if (ofGrade == null) {
      errors.add(
          line.at(),
          RosterColumn.GRADE,
          "unknown-grade",
          Map.of("value", grade, "known", list(classes.keySet())));
      return null;
    }
    ClassRow found = ofGrade.get(name);
    if (found == null) {
      errors.add(
          line.at(),
          RosterColumn.CLASS,
          "unknown-class",
          Map.of("value", name, "grade", grade, "known", list(ofGrade.keySet())));
    }
    return found;
  }

  private void checkAgainstEarlierRows(SheetLine line, String phone, ClassRow schoolClass) {
    String studentNo = line.get(RosterColumn.STUDENT_NO);
    boolean ok =
        checkStudent(
            line,
            new ValidatedRoster.Student(
                studentNo, line.get(RosterColumn.STUDENT_NAME), schoolClass.id()));
    RowRef firstPair = pairs.putIfAbsent(studentNo + "/" + phone, line.at());
    if (firstPair != null) {
      errors.add(
          line.at(),
          RosterColumn.GUARDIAN_PHONE,
          "duplicate-pair",
          Map.of(
              "firstAt",
              errors.where(firstPair, line.at()),
              "studentNo",
              studentNo,
              "value",
              phone));
      ok = false;
    }
    String dingtalk = line.get(RosterColumn.GUARDIAN_DINGTALK);
    ok &=
        checkGuardian(
            line,
            new ValidatedRoster.Guardian(
                phone, line.get(RosterColumn.GUARDIAN_NAME), dingtalk.isEmpty() ? null : dingtalk));
    ok &= teachers.check(line, schoolClass);
    if (ok) {
      String relation = line.get(RosterColumn.RELATION);
      links.put(
          studentNo + "/" + phone,
          new ValidatedRoster.Link(
              studentNo,
              phone,
              relation.isEmpty() ? texts.render("roster.default-relation") : relation));
    }
  }

  private boolean checkStudent(SheetLine line, ValidatedRoster.Student student) {
    Seen<ValidatedRoster.Student> first =
        students.putIfAbsent(student.studentNo(), new Seen<>(line.at(), student));
    if (first == null || first.value().equals(student)) {
      return true;
    }
    Map<String, Object> values =
        Map.of("studentNo", student.studentNo(), "firstAt", errors.where(first.at(), line.at()));
    if (!first.value().name().equals(student.name())) {
      errors.add(
          line.at(),
          RosterColumn.STUDENT_NAME,
          "student-name-conflict",
          with(values, "first", first.value().name(), "value", student.name()));
    }
    if (first.value().classId() != student.classId()) {
      errors.add(
          line.at(),
          RosterColumn.CLASS,
          "student-class-conflict",
          with(values, "first", label(first.value().classId()), "value", label(student.classId())));
    }
    return false;
  }

  private boolean checkGuardian(SheetLine line, ValidatedRoster.Guardian guardian) {
    Seen<ValidatedRoster.Guardian> first =
        guardians.putIfAbsent(guardian.phone(), new Seen<>(line.at(), guardian));
    boolean ok = true;
    if (first != null && !first.value().name().equals(guardian.name())) {
      errors.add(
          line.at(),
          RosterColumn.GUARDIAN_NAME,
          "guardian-name-conflict",
          Map.of(
              "phone",
              guardian.phone(),
              "firstAt",
              errors.where(first.at(), line.at()),
              "first",
              first.value().name(),
              "value",
              guardian.name()));
      ok = false;
    }
    String userId = guardian.dingtalkUserId();
    if (userId == null) {
      return ok;
    }
    if (first != null && first.value().dingtalkUserId() == null) {
      guardians.put(
          guardian.phone(),
          new Seen<>(first.at(), guardian)); // first row left it empty: take this one
    } else if (first != null && !userId.equals(first.value().dingtalkUserId())) {
      errors.add(
          line.at(),
          RosterColumn.GUARDIAN_DINGTALK,
          "guardian-dingtalk-changed",
          Map.of(
              "phone",
              guardian.phone(),
              "firstAt",
              errors.where(first.at(), line.at()),
              "first",
              first.value().dingtalkUserId(),
              "value",
              userId));
      return false;
    }
    Seen<String> owner =
        guardianByDingtalk.putIfAbsent(userId, new Seen<>(line.at(), guardian.phone()));
    if (owner != null && !owner.value().equals(guardian.phone())) {
      errors.add(
          line.at(),
          RosterColumn.GUARDIAN_DINGTALK,
          "guardian-dingtalk-conflict",
          Map.of(
              "value",
              userId,
              "firstAt",
              errors.where(owner.at(), line.at()),
              "first",
              owner.value(),
              "phone",
              guardian.phone()));
      return false;
    }
    return ok;
  }

  ValidatedRoster.Students result() {
    Map<String, ValidatedRoster.Student> studentsByNo = new LinkedHashMap<>();
    students.forEach((no, seen) -> studentsByNo.put(no, seen.value()));
    Map<String, ValidatedRoster.Guardian> guardiansByPhone = new LinkedHashMap<>();
    guardians.forEach((phone, seen) -> guardiansByPhone.put(phone, seen.value()));
    return new ValidatedRoster.Students(
        studentsByNo, guardiansByPhone, List.copyOf(links.values()), teachers.result());
  }

  private String label(long classId) {
    return classes.values().stream()
        .flatMap(m -> m.values().stream())
        .filter(c -> c.id() == classId)
        .map(c -> c.grade() + c.name())
        .findFirst()
        .orElseThrow();
  }

  private String list(Collection<String> names) {
    return String.join(texts.render("roster.list-separator"), names);
  }

  private static Map<String, Object> with(
      Map<String, Object> base, String k1, Object v1, String k2, Object v2) {
    Map<String, Object> all = new HashMap<>(base);
    all.put(k1, v1);
    all.put(k2, v2);
    return all;
  }

  private record Seen<T>(RowRef at, T value) {
    Seen {
      Objects.requireNonNull(value);
    }
  }
}
