package com.chenbao.schoolconfig;

import com.chenbao.calendar.RoundStep;
import com.chenbao.roster.GradeDefinition;
import com.chenbao.roster.StaffRef;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A validated school file: everything {@link SchoolConfigApplier} needs, nothing unchecked. */
record SchoolFile(
    String source,
    String code,
    String name,
    ZoneId zone,
    List<GradeDefinition> grades,
    List<GroupDefinition> groups,
    List<ScheduleEntry> schedule,
    @Nullable DingTalkAppDefinition dingtalk) {

  /** The file without a dingtalk section: the school uses the process-wide app. */
  SchoolFile(
      String source,
      String code,
      String name,
      ZoneId zone,
      List<GradeDefinition> grades,
      List<GroupDefinition> groups,
      List<ScheduleEntry> schedule) {
    this(source, code, name, zone, grades, groups, schedule, null);
  }

  /**
   * The school's own DingTalk app (the file's {@code dingtalk} section).
   *
   * @param appSecretVariable the environment variable holding the secret (the secret itself is
   *     never kept)
   * @param robotCode null: the app key
   */
  record DingTalkAppDefinition(
      @Nullable String corpId,
      String appKey,
      String appSecretVariable,
      @Nullable String robotCode,
      @Nullable String agentId) {}

  record GroupDefinition(
      String code,
      String name,
      List<MemberDefinition> members,
      Set<MemberRule> rules,
      ChatBinding chat,
      Subscription receives) {}

  record MemberDefinition(StaffRef person, MemberRole role) {}

  /** One row of school_schedule_steps; {@code seq} counts from 1 within a step. */
  record ScheduleEntry(String formCode, RoundStep step, int seq, LocalTime at) {}

  int classCount() {
    return grades.stream().mapToInt(grade -> grade.classNames().size()).sum();
  }
}
