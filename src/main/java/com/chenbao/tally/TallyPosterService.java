package com.chenbao.tally;

import com.chenbao.delivery.Delivery;
import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.delivery.DeliveryReport;
import com.chenbao.delivery.Recipient;
import com.chenbao.roster.ClassTeacher;
import com.chenbao.roster.RosterQuery;
import com.chenbao.rounds.RoundStatus;
import com.chenbao.schoolconfig.ChatBinding;
import com.chenbao.schoolconfig.TallyScope;
import com.chenbao.schoolconfig.WorkingGroupView;
import com.chenbao.schoolconfig.WorkingGroups;
import com.chenbao.tally.Tally.ClassTally;
import com.chenbao.tally.TallyService.RoundTally;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class TallyPosterService implements TallyPoster {

  private static final Logger log = LoggerFactory.getLogger(TallyPosterService.class);
  private static final String KIND = "tally";
  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H:mm");

  private final TallyService tallies;
  private final RosterQuery roster;
  private final WorkingGroups groups;
  private final TallyRenderer renderer;
  private final DeliveryLedger ledger;
  private final Clock clock;

  TallyPosterService(
      TallyService tallies,
      RosterQuery roster,
      WorkingGroups groups,
      TallyRenderer renderer,
      DeliveryLedger ledger,
      Clock clock) {
    this.tallies = tallies;
    this.roster = roster;
    this.groups = groups;
    this.renderer = renderer;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public TallyPostReport postTally(String schoolCode, String formCode, LocalDate date) {
    RoundTally rt =
        tallies
            .roundTally(schoolCode, formCode, date)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No round of "
                            + formCode
                            + " on "
                            + date
                            + " for school "
                            + schoolCode
                            + ": open it before the tally"));
    Outcomes outcomes = new Outcomes();
    if (rt.round().status() != RoundStatus.SKIPPED) {
      String time = CLOCK_TIME.format(clock.instant().atZone(rt.school().zone()));
      List<WorkingGroupView> schoolGroups = groups.groupsOf(rt.school().id());
      schoolGroups.forEach(group -> postToGroup(rt, group, time, outcomes));
      Set<Long> seeTheirClassInAGroup = classTallyReaders(schoolGroups);
      classesByTeacher(rt)
          .forEach(
              (teacher, classes) -> {
                if (!seeTheirClassInAGroup.contains(teacher.staffId())) {
                  postToTeacher(rt, teacher, classes, outcomes);
                }
              });
    }
    log.info(
        "Tally of round {}: {} groups and {} teachers posted, {} already done, {} not delivered",
        rt.round().id(),
        outcomes.groups,
        outcomes.teachers,
        outcomes.alreadyDone,
        outcomes.notDelivered);
    return new TallyPostReport(
        schoolCode,
        formCode,
        date,
        outcomes.groups,
        outcomes.teachers,
        outcomes.alreadyDone,
        outcomes.notDelivered);
  }

  private void postToGroup(RoundTally rt, WorkingGroupView group, String time, Outcomes outcomes) {
    if (group.chat() instanceof ChatBinding.NoChat
        || group.subscription().tallyScope() == TallyScope.NONE) {
      return;
    }
    long roundId = rt.round().id();
    var message = renderer.forGroup(rt.form(), rt.tally(), group.subscription(), time);
    outcomes.count(
        ledger.send(
            List.of(
                new Delivery(
                    groupKey(roundId, group.code()),
                    roundId,
                    KIND,
                    new Recipient.Group(rt.school().id(), group.code()),
                    message))),
        true);
  }

  private void postToTeacher(
      RoundTally rt, ClassTeacher teacher, List<ClassTally> classes, Outcomes outcomes) {
    String userId = teacher.userId();
    if (userId == null || userId.isBlank()) {
      return;
    }
    long roundId = rt.round().id();
    var message = renderer.forTeacher(rt.form(), rt.tally(), classes);
    outcomes.count(
        ledger.send(
            List.of(
                new Delivery(
                    teacherKey(roundId, teacher.staffId()),
                    roundId,
                    KIND,
                    new Recipient.Person("staff", teacher.staffId(), userId, rt.school().id()),
                    message))),
        false);
  }

  /**
   * Staff who read every class's tally, with names, in a working group's chat they are in (the
   * personnel group includes the class teachers by rule). A class teacher among them gets no copy
   * of their class's tally 1:1: it would say what the group post says, and cost a DingTalk call
   * each, 30 a day in a school of 30 classes (docs/quota.md). They can still ask for it with the
   * free tally command (tongji).
   */
  private static Set<Long> classTallyReaders(List<WorkingGroupView> schoolGroups) {
    Set<Long> readers = new HashSet<>();
    for (WorkingGroupView group : schoolGroups) {
      if (!(group.chat() instanceof ChatBinding.NoChat)
          && group.subscription().tallyScope() == TallyScope.CLASS
          && group.subscription().namesAllowed()) {
        group.members().forEach(member -> readers.add(member.staffId()));
      }
    }
    return readers;
  }

  static String groupKey(long roundId, String groupCode) {
    return "t" + roundId + ":group:" + groupCode;
  }

  static String teacherKey(long roundId, long staffId) {
    return "t" + roundId + ":teacher:" + staffId;
  }

  /**
   * Each class teacher with the classes of theirs that the round expected (two classes: one
   * message).
   */
  private Map<ClassTeacher, List<ClassTally>> classesByTeacher(RoundTally rt) {
    Map<Long, ClassTally> classes = new LinkedHashMap<>();
    rt.tally().grades().forEach(g -> g.classes().forEach(c -> classes.put(c.classId(), c)));
    Map<Long, ClassTeacher> teachers = new LinkedHashMap<>();
    Map<ClassTeacher, List<ClassTally>> result = new LinkedHashMap<>();
    for (ClassTeacher row : roster.classTeachers(rt.school().id())) {
      ClassTally tally = classes.get(row.classId());
      if (tally != null) {
        ClassTeacher teacher = teachers.computeIfAbsent(row.staffId(), id -> row);
        result.computeIfAbsent(teacher, t -> new ArrayList<>()).add(tally);
      }
    }
    return result;
  }

  private static final class Outcomes {
    int groups;
    int teachers;
    int alreadyDone;
    int notDelivered;

    void count(DeliveryReport report, boolean group) {
      alreadyDone += report.alreadyDone() + report.inProgress();
      notDelivered += report.undeliverable() + report.unknown() + report.failed();
      if (group) {
        groups += report.sent();
      } else {
        teachers += report.sent();
      }
    }
  }
}
