package com.chenbao.schoolconfig;

import com.chenbao.calendar.RoundStep;

import com.chenbao.roster.GradeDefinition;
import com.chenbao.roster.StaffRef;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A validated school file: everything {@link SchoolConfigApplier} needs, nothing unchecked. */
record SchoolFile(
    String source,
    String code,
    String name,
    ZoneId zone,
    List<GradeDefinition> grades,
    List<GroupDefinition> groups,
    List<ScheduleEntry> schedule) {

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
