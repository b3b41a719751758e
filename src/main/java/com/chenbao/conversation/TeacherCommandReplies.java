package com.chenbao.conversation;

import com.chenbao.roster.ClassView;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.StudentView;
import com.chenbao.rounds.InvalidLeave;
import com.chenbao.rounds.OpenRound;
import com.chenbao.rounds.StudentLeave;
import com.chenbao.rounds.StudentLeaves;
import com.chenbao.schoolday.ClassCommands;
import com.chenbao.schoolday.ClassMessage;
import com.chenbao.schoolday.ClassReminder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A class teacher's commands in the 1:1 chat, always on their own class: the missing list, a
 * reminder now (throttled), the tally, and a student's leave.
 */
@Component
class TeacherCommandReplies {

  private final ClassCommands classes;
  private final StudentLeaves leaves;
  private final RosterQuery roster;
  private final ConversationTexts texts;
  private final Clock clock;

  TeacherCommandReplies(
      ClassCommands classes,
      StudentLeaves leaves,
      RosterQuery roster,
      ConversationTexts texts,
      Clock clock) {
    this.classes = classes;
    this.leaves = leaves;
    this.roster = roster;
    this.texts = texts;
    this.clock = clock;
  }

  /**
   * The missing command (weibao): markdown with its title, or the complete-class text when nobody
   * is expected.
   */
  ClassMessage missing(ClassView taught, OpenRound round, String fallbackTitle) {
    return classes
        .missingList(round.roundId(), taught.id())
        .orElseGet(
            () ->
                new ClassMessage(
                    fallbackTitle,
                    texts.render(
                        "form.teacher.missing-none", Map.of("class_name", className(taught)))));
  }

  ClassMessage tally(ClassView taught, OpenRound round, String fallbackTitle) {
    return classes
        .tally(round.roundId(), taught.id())
        .orElseGet(
            () ->
                new ClassMessage(
                    fallbackTitle,
                    texts.render(
                        "form.teacher.missing-none", Map.of("class_name", className(taught)))));
  }

  String remind(ClassView taught, OpenRound round, Sender sender) {
    ClassReminder result = classes.remind(round.roundId(), taught.id());
    return switch (result.outcome()) {
      case SENT ->
          texts.render(
              "form.teacher.remind-sent",
              Map.of(
                  "count",
                  result.sent(),
                  "students",
                  String.join(texts.separator(), result.students())));
      case NOBODY_MISSING -> texts.render("form.teacher.remind-none");
      case THROTTLED ->
          texts.render(
              "form.teacher.remind-throttled",
              Map.of(
                  "time",
                      texts.clock(
                          Objects.requireNonNull(result.lastSentAt()), sender.school().zone()),
                  "minutes", ClassCommands.REMIND_THROTTLE.toMinutes()));
    };
  }

  /**
   * The leave command (qingjia) for a student of the teacher's class only; a number of days counts
   * calendar days from today, a month-day before today is next year's. Without a reason the command
   * as typed is kept as the reason.
   */
  String leave(
      ClassView taught, LeaveRequest request, Sender sender, String createdBy, String typed) {
    List<StudentView> matching =
        roster.activeStudentsOfClass(taught.id()).stream()
            .filter(s -> s.name().equals(request.student()) || s.name().endsWith(request.student()))
            .toList();
    if (matching.size() != 1) {
      return texts.render("form.teacher.leave-not-in-class", Map.of("student", request.student()));
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), sender.school().zone());
    LocalDate from;
    LocalDate to;
    if (request.days() != null) {
      from = today;
      to = today.plusDays(request.days() - 1L);
    } else {
      from = onOrAfter(Objects.requireNonNull(request.from()), today);
      to = onOrAfter(Objects.requireNonNull(request.to()), from);
    }
    try {
      StudentLeave leave =
          leaves.recordLeave(
              sender.school().id(),
              matching.get(0).studentNo(),
              from,
              to,
              request.reason().isBlank() ? typed : request.reason(),
              createdBy);
      return texts.render(
          "form.teacher.leave-recorded",
          Map.of(
              "student",
              leave.studentName(),
              "from",
              texts.date(leave.from()),
              "to",
              texts.date(leave.to())));
    } catch (InvalidLeave invalid) {
      return texts.render("form.teacher.commands");
    }
  }

  private static LocalDate onOrAfter(MonthDay day, LocalDate notBefore) {
    LocalDate date = day.atYear(notBefore.getYear());
    return date.isBefore(notBefore) ? day.atYear(notBefore.getYear() + 1) : date;
  }

  static String className(ClassView taught) {
    return taught.grade() + taught.name();
  }
}
