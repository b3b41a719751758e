package com.chenbao.schoolconfig;

import com.chenbao.calendar.RoundStep;
import com.chenbao.calendar.SchoolSchedule;
import com.chenbao.calendar.SchoolSchedules;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.schoolconfig.SchoolFile.ScheduleEntry;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a validated school file to the database in one transaction and announces it. */
@Service
class SchoolConfigApplier {

  private final SchoolDirectory directory;
  private final WorkingGroupWriter groups;
  private final SchoolSchedules schedules;
  private final SchoolAppMapper apps;
  private final ApplicationEventPublisher events;

  SchoolConfigApplier(
      SchoolDirectory directory,
      WorkingGroupWriter groups,
      SchoolSchedules schedules,
      SchoolAppMapper apps,
      ApplicationEventPublisher events) {
    this.directory = directory;
    this.groups = groups;
    this.schedules = schedules;
    this.apps = apps;
    this.events = events;
  }

  /**
   * Makes the database match the file: school, grades and classes (through the roster's directory),
   * working groups, schedule (through the calendar's), the school's own DingTalk app (its secret by
   * variable name only). Idempotent. Publishes {@link SchoolConfigured} inside the transaction.
   */
  @Transactional
  public ApplySummary apply(SchoolFile file) {
    School school = directory.ensureSchool(file.code(), file.name(), file.zone());
    directory.defineStructure(file.code(), file.grades());
    Set<Long> members = groups.write(school.id(), file.groups());
    schedules.replaceSchedules(school.id(), schedules(file.schedule()));
    SchoolFile.DingTalkAppDefinition app = file.dingtalk();
    if (app == null) {
      apps.delete(school.id());
    } else {
      apps.upsert(
          school.id(),
          app.corpId(),
          app.appKey(),
          app.appSecretVariable(),
          app.robotCode(),
          app.agentId());
    }
    events.publishEvent(new SchoolConfigured(file.code()));
    return new ApplySummary(
        file.code(),
        file.name(),
        file.grades().size(),
        file.classCount(),
        file.groups().size(),
        members.size(),
        file.schedule().size());
  }

  /** The file's schedule rows as one schedule per form, in file order; a step's times by seq. */
  private static List<SchoolSchedule> schedules(List<ScheduleEntry> rows) {
    Map<String, Map<RoundStep, List<LocalTime>>> byForm = new LinkedHashMap<>();
    rows.stream()
        .sorted(java.util.Comparator.comparingInt(ScheduleEntry::seq))
        .forEach(
            row ->
                byForm
                    .computeIfAbsent(row.formCode(), form -> new EnumMap<>(RoundStep.class))
                    .computeIfAbsent(row.step(), step -> new ArrayList<>())
                    .add(row.at()));
    return byForm.entrySet().stream()
        .map(e -> new SchoolSchedule(e.getKey(), e.getValue()))
        .toList();
  }
}
