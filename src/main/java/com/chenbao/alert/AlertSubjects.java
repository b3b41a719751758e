package com.chenbao.alert;

import com.chenbao.forms.Subject;
import com.chenbao.roster.ClassView;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.roster.StaffView;
import com.chenbao.roster.StudentView;
import com.chenbao.rounds.AnswerRecorded;
import com.chenbao.rounds.AnswererKind;
import com.chenbao.shared.MessageTexts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Describes the subject of an answer for alert texts: name, class or post, class teacher, reporter.
 * The answer comes with the event; the people are the roster's, asked through its API.
 */
@Component
class AlertSubjects {

  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H:mm");

  private final RosterQuery roster;
  private final SchoolDirectory schools;
  private final MessageTexts texts;

  AlertSubjects(RosterQuery roster, SchoolDirectory schools, MessageTexts texts) {
    this.roster = roster;
    this.schools = schools;
    this.texts = texts;
  }

  AlertSubject describe(AnswerRecorded answer) {
    ZoneId zone =
        schools
            .findSchool(answer.schoolId())
            .map(School::zone)
            .orElseThrow(() -> new IllegalStateException("No school " + answer.schoolId()));
    String time = CLOCK_TIME.format(answer.answeredAt().atZone(zone));
    if (answer.subjectKind() == Subject.Kind.STUDENT) {
      StudentView student =
          roster
              .student(answer.subjectId())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "No student " + answer.subjectId() + " for round " + answer.roundId()));
      long classId = answer.classId() != null ? answer.classId() : student.classId();
      return new AlertSubject(
          "student",
          student.id(),
          student.name(),
          student.grade() + student.className(),
          classId,
          classTeacher(student.classId()),
          reporterFor(answer, student),
          time);
    }
    StaffView staff = requireStaff(answer.subjectId(), answer);
    String post =
        staff.title() == null || staff.title().isBlank()
            ? texts.render("alert.staff-without-post")
            : staff.title();
    return new AlertSubject(
        "staff", staff.id(), staff.name(), post, null, null, staff.name(), time);
  }

  /** The class's teacher while they are active; null for a class without one. */
  private AlertSubject.@Nullable ClassTeacher classTeacher(long classId) {
    return roster
        .classById(classId)
        .map(ClassView::teacherStaffId)
        .flatMap(roster::staff)
        .filter(t -> "active".equals(t.status()))
        .map(t -> new AlertSubject.ClassTeacher(t.id(), t.name(), t.dingtalkUserId()))
        .orElse(null);
  }

  /**
   * "The student's mother" when a guardian answered, the staff member's name when a teacher did.
   */
  private String reporterFor(AnswerRecorded answer, StudentView student) {
    if (answer.answeredByKind() == AnswererKind.STAFF) {
      return requireStaff(answer.answeredById(), answer).name();
    }
    return roster.guardiansOfStudent(student.id()).stream()
        .filter(g -> g.id() == answer.answeredById() && g.relation() != null)
        .findFirst()
        .map(g -> student.name() + g.relation())
        .orElseGet(() -> student.name() + texts.render("alert.guardian"));
  }

  private StaffView requireStaff(long staffId, AnswerRecorded answer) {
    return roster
        .staff(staffId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No staff " + staffId + " for round " + answer.roundId()));
  }
}
