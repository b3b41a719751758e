package com.chenbao.schoolday;

import com.chenbao.calendar.RoundStep;
import java.time.LocalTime;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/**
 * Doorbell: rings {@link RoundBell} for the school, form, step and scheduled time in its job data.
 */
@DisallowConcurrentExecution
class RoundStepJob implements Job {

  static final String SCHOOL = "school";
  static final String FORM = "form";
  static final String STEP = "step";
  static final String AT = "at";

  private final RoundBell bell;

  RoundStepJob(RoundBell bell) {
    this.bell = bell;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobDataMap data = context.getMergedJobDataMap();
    bell.ring(
        data.getString(SCHOOL),
        data.getString(FORM),
        RoundStep.fromCode(data.getString(STEP)),
        LocalTime.parse(data.getString(AT)));
  }
}
