package com.chenbao.schoolday;

import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.rounds.LeaveRequests;
import com.chenbao.rounds.RoundPeople;
import com.chenbao.rounds.RoundPeople.ClassTeacher;
import com.chenbao.rounds.RoundPeople.MissingGuardian;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Each class teacher gets the class's students still unanswered with their guardians' phones, and
 * which of those guardians DingTalk could not reach with the prompt (phone them); or that the class
 * is complete.
 */
@Component
class TeacherListStep {

  static final String KIND = "teacher_list";

  private final RoundPeople people;
  private final RoundTexts texts;
  private final DeliveryLedger ledger;
  private final Clock clock;
  private final LeaveRequests leaveRequests;
  private final GuardianReach reach;

  TeacherListStep(
      RoundPeople people,
      RoundTexts texts,
      DeliveryLedger ledger,
      Clock clock,
      LeaveRequests leaveRequests,
      GuardianReach reach) {
    this.reach = reach;
    this.leaveRequests = leaveRequests;
    this.people = people;
    this.texts = texts;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** The counts, and the number of classes without a class teacher (nobody to tell). */
  Result run(RoundContext round) {
    Map<Long, List<MissingGuardian>> missingByClass = new LinkedHashMap<>();
    people
        .findMissingWithGuardians(round.roundId())
        .forEach(
            row -> missingByClass.computeIfAbsent(row.classId(), id -> new ArrayList<>()).add(row));
    Set<Long> unreachable = unreachableGuardians(round.roundId());
    List<Outgoing> outgoing = new ArrayList<>();
    int withoutTeacher = 0;
    for (ClassTeacher c : people.findClassTeachers(round.roundId())) {
      if (c.teacherId() == null) {
        withoutTeacher++;
        continue;
      }
      OutboundMessage message =
          message(round, c, missingByClass.getOrDefault(c.classId(), List.of()), unreachable);
      outgoing.add(
          new Outgoing(
              Outgoing.key(round.roundId(), "staff", c.teacherId(), KIND, "c" + c.classId()),
              "staff",
              c.teacherId(),
              c.teacherUserId(),
              message));
    }
    return new Result(
        SendCounts.of(
            ledger.send(Outgoing.deliveries(round.school().id(), round.roundId(), KIND, outgoing))),
        withoutTeacher);
  }

  record Result(SendCounts counts, int classesWithoutTeacher) {}

  /** The guardians the round's prompt could not reach (the delivery ledger's record; one query). */
  Set<Long> unreachableGuardians(long roundId) {
    return ledger.recipientsWith(
        roundId, PromptSteps.PROMPT, "guardian", DeliveryStatus.UNDELIVERABLE);
  }

  /**
   * @param promptFailed guardians the prompt could not reach, see {@link #unreachableGuardians}
   */
  OutboundMessage message(
      RoundContext round, ClassTeacher c, List<MissingGuardian> rows, Set<Long> promptFailed) {
    String className = c.gradeName() + c.className();
    Map<Long, List<MissingGuardian>> byStudent = new LinkedHashMap<>();
    rows.forEach(
        row -> byStudent.computeIfAbsent(row.studentId(), id -> new ArrayList<>()).add(row));
    String title =
        texts.render(
            texts.piece(round.form(), "teacher.missing-title"),
            Map.of("class_name", className, "count", byStudent.size()));
    String leaves = leaveRequests(round, c.classId());
    if (byStudent.isEmpty()) {
      return new OutboundMessage.Markdown(
          title,
          texts.render(
                  texts.piece(round.form(), "teacher.missing-none"),
                  Map.of("class_name", className))
              + leaves);
    }
    String separator = texts.separator(round.form());
    List<String> lines = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    Map<Long, GuardianReach.Reach> reached = reach.of(round.roundId());
    byStudent
        .values()
        .forEach(
            guardians -> {
              List<MissingGuardian> known =
                  guardians.stream().filter(g -> g.guardianId() != null).toList();
              lines.add(line(round, guardians.get(0).studentName(), known, separator, reached));
              // Not reached by any channel: phone them, or forward their personal link
              // (docs/fallback.md).
              known.stream()
                  .filter(g -> !reached.containsKey(g.guardianId()))
                  .forEach(g -> unreachable.add(unreachableLine(round, g, separator)));
            });
    String time = RoundTexts.clock(clock.instant().atZone(round.school().zone()).toLocalTime());
    String text =
        texts.render(
            texts.piece(round.form(), "teacher.missing-list"),
            Map.of(
                "class_name",
                className,
                "count",
                byStudent.size(),
                "time",
                time,
                "lines",
                String.join("\n", lines)));
    if (!unreachable.isEmpty()) {
      text +=
          "\n\n"
              + texts.render(
                  texts.piece(round.form(), "teacher.unreachable"),
                  Map.of("lines", String.join("\n", unreachable)));
    }
    return new OutboundMessage.Markdown(title, text + leaves);
  }

  /** The guardians' leave requests of the class, as a section to add, or empty. */
  private String leaveRequests(RoundContext round, long classId) {
    List<LeaveRequests.Request> requests = leaveRequests.requestsOfClass(round.roundId(), classId);
    if (requests.isEmpty()) {
      return "";
    }
    String lines =
        requests.stream()
            .map(
                r ->
                    texts.render(
                        texts.piece(round.form(), "teacher.leave-request-line"),
                        Map.of("student", r.studentName(), "text", r.rawText())))
            .collect(Collectors.joining("\n"));
    return "\n\n"
        + texts.render(texts.piece(round.form(), "teacher.leave-requests"), Map.of("lines", lines));
  }

  /**
   * A guardian not reached: their phone, and their personal link when the fallback module gives
   * one.
   */
  private String unreachableLine(RoundContext round, MissingGuardian g, String separator) {
    String line = line(round, g.studentName(), List.of(g), separator, null);
    return reach
        .linkFor(round, g.guardianId())
        .map(
            url ->
                line
                    + texts.render(
                        texts.piece(round.form(), "teacher.guardian-link"), Map.of("url", url)))
        .orElse(line);
  }

  private String line(
      RoundContext round,
      String student,
      List<MissingGuardian> guardians,
      String separator,
      @Nullable Map<Long, GuardianReach.Reach> reached) {
    String phones =
        guardians.stream()
            .map(
                g ->
                    texts.render(
                            texts.piece(round.form(), "teacher.guardian-phone"),
                            Map.of(
                                "relation",
                                String.valueOf(g.relation()),
                                "phone",
                                String.valueOf(g.phone())))
                        + (reached == null
                            ? ""
                            : texts.render(
                                texts.piece(
                                    round.form(),
                                    "teacher.reach."
                                        + reached.getOrDefault(
                                                g.guardianId(), GuardianReach.Reach.NONE)
                                            .textKey),
                                Map.of())))
            .collect(Collectors.joining(separator));
    return texts.render(
        texts.piece(round.form(), "teacher.missing-line"),
        Map.of("student", student, "guardians", phones));
  }
}
