package com.chenbao.schoolday;

import com.chenbao.calendar.RoundStep;
import com.chenbao.calendar.SchoolSchedule;
import com.chenbao.calendar.SchoolSchedules;
import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a school's Quartz jobs and cron triggers match its schedule: one job and trigger per (form,
 * step, time) of each daily form the school has a schedule for, named {@code <form>.<step>.<n>} in
 * the group {@code rounds.<school>}. A form asked once (not daily) is run by hand, not rung. A
 * trigger whose definition did not change is left alone, so re-applying a school (at every
 * start-up) keeps its next fire time and any pending misfire; a changed one is replaced; one no
 * longer in the schedule is deleted. Call inside a transaction (the job store joins it; see
 * RoundTriggersListener).
 */
final class RoundTriggers {

  private static final Logger log = LoggerFactory.getLogger(RoundTriggers.class);

  private final Scheduler scheduler;
  private final SchoolDirectory schools;
  private final SchoolSchedules schedules;
  private final FormCatalog forms;

  RoundTriggers(
      Scheduler scheduler, SchoolDirectory schools, SchoolSchedules schedules, FormCatalog forms) {
    this.scheduler = scheduler;
    this.schools = schools;
    this.schedules = schedules;
    this.forms = forms;
  }

  static String group(String schoolCode) {
    return "rounds." + schoolCode;
  }

  /**
   * @return the number of triggers added or replaced
   */
  int register(String schoolCode) throws SchedulerException {
    School school =
        schools
            .findSchool(schoolCode)
            .orElseThrow(() -> new IllegalArgumentException("Unknown school " + schoolCode));
    Set<String> daily =
        forms.all().stream()
            .filter(form -> form.frequency() == Form.Frequency.DAILY)
            .map(Form::code)
            .collect(java.util.stream.Collectors.toSet());
    Set<JobKey> wanted = new HashSet<>();
    int changed = 0;
    for (SchoolSchedule schedule : schedules.schedulesOf(school.id())) {
      String form = schedule.formCode();
      if (!daily.contains(form)) {
        continue;
      }
      for (RoundStep step : RoundStep.values()) {
        List<LocalTime> times = schedule.timesOf(step);
        for (int i = 0; i < times.size(); i++) {
          JobKey key = JobKey.jobKey(form + "." + step.code() + "." + (i + 1), group(schoolCode));
          wanted.add(key);
          changed += ensure(key, school, form, step, times.get(i)) ? 1 : 0;
        }
      }
    }
    for (JobKey existing : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group(schoolCode)))) {
      if (!wanted.contains(existing)) {
        scheduler.deleteJob(existing);
        changed++;
      }
    }
    log.info(
        "School {}: {} round triggers, {} added, replaced or removed",
        schoolCode,
        wanted.size(),
        changed);
    return changed;
  }

  private boolean ensure(JobKey key, School school, String form, RoundStep step, LocalTime at)
      throws SchedulerException {
    TriggerKey triggerKey = TriggerKey.triggerKey(key.getName(), key.getGroup());
    // FIRE_ONCE_NOW: a fire missed while the service was down happens once, at start-up; RoundBell
    // then decides from the time whether it still makes sense (push before the cut-off, ...).
    CronScheduleBuilder cron =
        CronScheduleBuilder.dailyAtHourAndMinute(at.getHour(), at.getMinute())
            .inTimeZone(TimeZone.getTimeZone(school.zone()))
            .withMisfireHandlingInstructionFireAndProceed();
    CronTrigger trigger =
        TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(key).withSchedule(cron).build();
    if (scheduler.getTrigger(triggerKey) instanceof CronTrigger current
        && sameDefinition(current, trigger)
        && scheduler.checkExists(key)) {
      return false;
    }
    JobDetail job =
        JobBuilder.newJob(RoundStepJob.class)
            .withIdentity(key)
            .withDescription(step.code() + " of " + form + " for " + school.code() + " at " + at)
            .usingJobData(RoundStepJob.SCHOOL, school.code())
            .usingJobData(RoundStepJob.FORM, form)
            .usingJobData(RoundStepJob.STEP, step.code())
            .usingJobData(RoundStepJob.AT, at.toString())
            .requestRecovery() // an instance dying mid-step: another one rings it again (steps are
            // idempotent)
            .build();
    scheduler.scheduleJob(job, Set.<Trigger>of(trigger), true);
    return true;
  }

  private static boolean sameDefinition(CronTrigger current, CronTrigger wanted) {
    return current.getCronExpression().equals(wanted.getCronExpression())
        && current.getTimeZone().getID().equals(wanted.getTimeZone().getID())
        && current.getMisfireInstruction() == wanted.getMisfireInstruction();
  }
}
