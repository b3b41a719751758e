package com.chenbao.tally;

import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat;
import com.chenbao.schoolconfig.ChatBinding;
import com.chenbao.schoolconfig.TallyScope;
import com.chenbao.schoolconfig.WorkingGroupView;
import com.chenbao.schoolconfig.WorkingGroups;
import com.chenbao.tally.Tally.ClassTally;
import com.chenbao.tally.TallyMapper.ClassTeacherRow;
import com.chenbao.tally.TallyService.RoundTally;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class TallyPosterService implements TallyPoster {

  private static final Logger log = LoggerFactory.getLogger(TallyPosterService.class);
  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H:mm");

  private final TallyService tallies;
  private final TallyMapper rows;
  private final WorkingGroups groups;
  private final TallyRenderer renderer;
  private final TallyDeliveries deliveries;
  private final Clock clock;

  TallyPosterService(TallyService tallies, TallyMapper rows, WorkingGroups groups, TallyRenderer renderer,
      TallyDeliveries deliveries, Clock clock) {
    this.tallies = tallies;
    this.rows = rows;
    this.groups = groups;
    this.renderer = renderer;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @Override
  public TallyPostReport postTally(String schoolCode, String formCode, LocalDate date) {
    RoundTally rt = tallies.roundTally(schoolCode, formCode, date).orElseThrow(() -> new IllegalStateException(
        "No round of " + formCode + " on " + date + " for school " + schoolCode + ": open it before the tally"));
    Outcomes outcomes = new Outcomes();
    if (!"skipped".equals(rt.round().status())) {
      String time = CLOCK_TIME.format(clock.instant().atZone(rt.school().zone()));
      groups.groupsOf(rt.school().id()).forEach(group -> postToGroup(rt, group, time, outcomes));
      classesByTeacher(rt).forEach((teacher, classes) -> postToTeacher(rt, teacher, classes, outcomes));
    }
    log.info("Tally of round {}: {} groups and {} teachers posted, {} already done, {} not delivered",
        rt.round().id(), outcomes.groups, outcomes.teachers, outcomes.alreadyDone, outcomes.notDelivered);
    return new TallyPostReport(schoolCode, formCode, date, outcomes.groups, outcomes.teachers, outcomes.alreadyDone,
        outcomes.notDelivered);
  }

  private void postToGroup(RoundTally rt, WorkingGroupView group, String time, Outcomes outcomes) {
    GroupChat chat = chatOf(group.chat());
    if (chat == null || group.subscription().tallyScope() == TallyScope.NONE) {
      return;
    }
    long roundId = rt.round().id();
    if (!deliveries.claimForGroup(roundId, rt.school().id(), group.code())) {
      outcomes.alreadyDone++;
      return;
    }
    var message = renderer.forGroup(rt.form(), rt.tally(), group.subscription(), time);
    outcomes.count(deliveries.sendToGroup(roundId, group.code(), chat, message), true);
  }

  private void postToTeacher(RoundTally rt, ClassTeacherRow teacher, List<ClassTally> classes, Outcomes outcomes) {
    String userId = teacher.userId();
    if (userId == null || userId.isBlank()) {
      return;
    }
    if (!deliveries.claimForTeacher(rt.round().id(), teacher.staffId())) {
      outcomes.alreadyDone++;
      return;
    }
    var message = renderer.forTeacher(rt.form(), rt.tally(), classes);
    outcomes.count(deliveries.sendToTeacher(rt.round().id(), teacher.staffId(), userId, message), false);
  }

  /** Each class teacher with the classes of theirs that the round expected (two classes: one message). */
  private Map<ClassTeacherRow, List<ClassTally>> classesByTeacher(RoundTally rt) {
    Map<Long, ClassTally> classes = new LinkedHashMap<>();
    rt.tally().grades().forEach(g -> g.classes().forEach(c -> classes.put(c.classId(), c)));
    Map<Long, ClassTeacherRow> teachers = new LinkedHashMap<>();
    Map<ClassTeacherRow, List<ClassTally>> result = new LinkedHashMap<>();
    for (ClassTeacherRow row : rows.findClassTeachers(rt.school().id())) {
      ClassTally tally = classes.get(row.classId());
      if (tally != null) {
        ClassTeacherRow teacher = teachers.computeIfAbsent(row.staffId(), id -> row);
        result.computeIfAbsent(teacher, t -> new ArrayList<>()).add(tally);
      }
    }
    return result;
  }

  private static @Nullable GroupChat chatOf(ChatBinding binding) {
    if (binding instanceof ChatBinding.AppRobotChat robot) {
      return new GroupChat.AppRobotGroup(robot.openConversationId());
    }
    if (binding instanceof ChatBinding.WebhookChat webhook) {
      return new GroupChat.WebhookRobotGroup(webhook.url(), webhook.secret());
    }
    return null;
  }

  private static final class Outcomes {
    int groups;
    int teachers;
    int alreadyDone;
    int notDelivered;

    void count(DeliveryStatus status, boolean group) {
      if (status != DeliveryStatus.SENT) {
        notDelivered++;
      } else if (group) {
        groups++;
      } else {
        teachers++;
      }
    }
  }
}
