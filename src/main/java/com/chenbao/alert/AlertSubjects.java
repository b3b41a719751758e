package com.chenbao.alert;

import com.chenbao.alert.AlertAnswerMapper.AnswerRow;
import com.chenbao.alert.AlertAnswerMapper.StaffRow;
import com.chenbao.alert.AlertAnswerMapper.StudentRow;
import com.chenbao.roster.RosterQuery;
import com.chenbao.shared.MessageTexts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Describes the subject of an answer for alert texts: name, class or post, class teacher, reporter. */
@Component
class AlertSubjects {

  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H:mm");

  private final AlertAnswerMapper answers;
  private final RosterQuery roster;
  private final MessageTexts texts;

  AlertSubjects(AlertAnswerMapper answers, RosterQuery roster, MessageTexts texts) {
    this.answers = answers;
    this.roster = roster;
    this.texts = texts;
  }

  AlertSubject describe(AnswerRow answer) {
    String time = CLOCK_TIME.format(answer.answeredAt().atZone(ZoneId.of(answer.timeZone())));
    if ("student".equals(answer.subjectKind())) {
      StudentRow student = answers.findStudent(answer.subjectId());
      if (student == null) {
        throw new IllegalStateException("No student " + answer.subjectId() + " for round " + answer.roundId());
      }
      AlertSubject.ClassTeacher teacher = student.teacherStaffId() == null || student.teacherName() == null
          ? null
          : new AlertSubject.ClassTeacher(student.teacherStaffId(), student.teacherName(), student.teacherUserId());
      return new AlertSubject("student", student.id(), student.name(), student.grade() + student.className(),
          student.classId(), teacher, reporterFor(answer, student), time);
    }
    StaffRow staff = requireStaff(answer.subjectId(), answer);
    String post = staff.title() == null || staff.title().isBlank() ? texts.render("alert.staff-without-post") : staff.title();
    return new AlertSubject("staff", staff.id(), staff.name(), post, null, null, staff.name(), time);
  }

  /** "The student's mother" when a guardian answered, the staff member's name when a teacher did. */
  private String reporterFor(AnswerRow answer, StudentRow student) {
    if ("staff".equals(answer.answeredByKind())) {
      return requireStaff(answer.answeredById(), answer).name();
    }
    return roster.guardiansOfStudent(student.id()).stream()
        .filter(g -> g.id() == answer.answeredById() && g.relation() != null)
        .findFirst()
        .map(g -> student.name() + g.relation())
        .orElseGet(() -> student.name() + texts.render("alert.guardian"));
  }

  private StaffRow requireStaff(long staffId, AnswerRow answer) {
    StaffRow staff = answers.findStaff(staffId);
    if (staff == null) {
      throw new IllegalStateException("No staff " + staffId + " for round " + answer.roundId());
    }
    return staff;
  }
}
