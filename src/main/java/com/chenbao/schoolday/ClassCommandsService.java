package com.chenbao.schoolday;

import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.rounds.RoundPeople;
import com.chenbao.rounds.RoundPeople.ClassTeacher;
import com.chenbao.rounds.RoundPeople.GuardianChild;
import com.chenbao.rounds.RoundRow;
import com.chenbao.rounds.Rounds;
import com.chenbao.tally.TallyQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** A class teacher's commands on one class, reusing the steps' wording and the delivery ledger. */
@Service
class ClassCommandsService implements ClassCommands {

  static final String REMIND_KIND = "class_remind";

  private final Rounds rounds;
  private final RoundPeople people;
  private final TeacherListStep teacherLists;
  private final TallyQuery tallies;
  private final RoundMessages messages;
  private final DeliveryLedger ledger;
  private final ClassReminderMapper reminders;
  private final Clock clock;

  ClassCommandsService(
      Rounds rounds,
      RoundPeople people,
      TeacherListStep teacherLists,
      TallyQuery tallies,
      RoundMessages messages,
      DeliveryLedger ledger,
      ClassReminderMapper reminders,
      Clock clock) {
    this.rounds = rounds;
    this.people = people;
    this.teacherLists = teacherLists;
    this.tallies = tallies;
    this.messages = messages;
    this.ledger = ledger;
    this.reminders = reminders;
    this.clock = clock;
  }

  @Override
  public Optional<ClassMessage> missingList(long roundId, long classId) {
    RoundContext round = context(roundId);
    return classRow(roundId, classId)
        .map(
            c ->
                classMessage(
                    teacherLists.message(
                        round,
                        c,
                        people.findMissingWithGuardians(roundId).stream()
                            .filter(row -> row.classId() == classId)
                            .toList(),
                        teacherLists.unreachableGuardians(roundId))));
  }

  @Override
  public Optional<ClassMessage> tally(long roundId, long classId) {
    // The same message the scheduled tally sends the class teacher, as it stands now.
    RoundContext round = context(roundId);
    return tallies
        .classTallyMessage(round.school().code(), round.form().code(), round.date(), classId)
        .map(ClassCommandsService::classMessage);
  }

  @Override
  public ClassReminder remind(long roundId, long classId) {
    RoundContext round = context(roundId);
    Map<Long, List<GuardianChild>> byGuardian = new LinkedHashMap<>();
    Set<String> students = new LinkedHashSet<>();
    people.findGuardianChildren(roundId, true).stream()
        .filter(row -> row.classId() == classId)
        .forEach(
            row -> {
              byGuardian.computeIfAbsent(row.guardianId(), id -> new ArrayList<>()).add(row);
              students.add(row.studentName());
            });
    if (byGuardian.isEmpty()) {
      return new ClassReminder(ClassReminder.Outcome.NOBODY_MISSING, 0, List.of(), null);
    }
    Instant now = clock.instant();
    if (!claim(roundId, classId, now)) {
      return new ClassReminder(
          ClassReminder.Outcome.THROTTLED,
          0,
          List.copyOf(students),
          reminders.findLastSentAt(roundId, classId));
    }
    // The claim time makes each allowed request's delivery keys its own; a retry of the same
    // request
    // cannot happen (the throttle refuses it), so the keys only guard against a double send in one
    // run.
    String attempt = "c" + classId + "-" + now.toEpochMilli();
    List<Outgoing> outgoing = new ArrayList<>();
    OutboundMessage message = messages.guardianReminder(round);
    byGuardian.forEach(
        (guardianId, children) -> {
          outgoing.add(
              new Outgoing(
                  Outgoing.key(roundId, "guardian", guardianId, REMIND_KIND, attempt),
                  "guardian",
                  guardianId,
                  children.get(0).guardianUserId(),
                  message));
        });
    SendCounts counts =
        SendCounts.of(
            ledger.send(Outgoing.deliveries(round.school().id(), roundId, REMIND_KIND, outgoing)));
    return new ClassReminder(ClassReminder.Outcome.SENT, counts.sent, List.copyOf(students), now);
  }

  private boolean claim(long roundId, long classId, Instant now) {
    try {
      reminders.insertFirst(roundId, classId, now);
      return true;
    } catch (DuplicateKeyException remindedBefore) {
      return reminders.claimIfOlder(roundId, classId, now, now.minus(REMIND_THROTTLE)) == 1;
    }
  }

  private RoundContext context(long roundId) {
    RoundRow row = rounds.findRoundById(roundId);
    if (row == null) {
      throw new IllegalArgumentException("No round " + roundId);
    }
    return RoundContext.of(
        rounds, rounds.schoolById(row.schoolId()), rounds.form(row.formCode()), row);
  }

  private Optional<ClassTeacher> classRow(long roundId, long classId) {
    return people.findClassTeachers(roundId).stream()
        .filter(c -> c.classId() == classId)
        .findFirst();
  }

  private static ClassMessage classMessage(OutboundMessage message) {
    if (message instanceof OutboundMessage.Markdown markdown) {
      return new ClassMessage(markdown.title(), markdown.text());
    }
    throw new IllegalStateException("Class messages are markdown: " + message);
  }
}
