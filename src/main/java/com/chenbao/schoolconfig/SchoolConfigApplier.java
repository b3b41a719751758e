package com.chenbao.schoolconfig;

import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.schoolconfig.SchoolFile.ScheduleEntry;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a validated school file to the database in one transaction and announces it. */
@Service
class SchoolConfigApplier {

  private final SchoolDirectory directory;
  private final WorkingGroupWriter groups;
  private final ScheduleMapper schedule;
  private final SchoolAppMapper apps;
  private final ApplicationEventPublisher events;

  SchoolConfigApplier(SchoolDirectory directory, WorkingGroupWriter groups, ScheduleMapper schedule,
      SchoolAppMapper apps, ApplicationEventPublisher events) {
    this.directory = directory;
    this.groups = groups;
    this.schedule = schedule;
    this.apps = apps;
    this.events = events;
  }

  /**
   * Makes the database match the file: school, grades and classes (through the roster's directory),
   * working groups, schedule, the school's own DingTalk app (its secret by variable name only). Idempotent. Publishes {@link SchoolConfigured} inside the transaction.
   */
  @Transactional
  public ApplySummary apply(SchoolFile file) {
    School school = directory.ensureSchool(file.code(), file.name(), file.zone());
    directory.defineStructure(file.code(), file.grades());
    Set<Long> members = groups.write(school.id(), file.groups());
    // Delete and re-insert: the rows carry no identity of their own, so this leaves equal contents.
    schedule.deleteSchedule(school.id());
    for (ScheduleEntry step : file.schedule()) {
      schedule.insertStep(school.id(), step.formCode(), step.step().code(), step.seq(), step.at());
    }
    SchoolFile.DingTalkAppDefinition app = file.dingtalk();
    if (app == null) {
      apps.delete(school.id());
    } else {
      apps.upsert(school.id(), app.corpId(), app.appKey(), app.appSecretVariable(), app.robotCode(), app.agentId());
    }
    events.publishEvent(new SchoolConfigured(file.code()));
    return new ApplySummary(file.code(), file.name(), file.grades().size(), file.classCount(),
        file.groups().size(), members.size(), file.schedule().size());
  }
}
