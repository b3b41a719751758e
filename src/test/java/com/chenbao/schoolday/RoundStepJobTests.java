package com.chenbao.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.schoolday.SchedulerTestBeans.RecordingRoundSteps;
import com.chenbao.schoolday.SchedulerTestBeans.SchedulerTest;
import com.chenbao.testkit.TestClock;
import java.time.LocalDateTime;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.TriggerBuilder;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The doorbell hands its job data to RoundBell, which runs the step for the school's local date.
 */
@SchedulerTest
class RoundStepJobTests {

  @Autowired RoundBell bell;
  @Autowired RecordingRoundSteps steps;
  @Autowired TestClock clock;

  @BeforeEach
  void forget() {
    steps.calls.clear();
  }

  @Test
  void theJobRingsTheStepOfItsSchoolAndFormForTodayInTheSchoolsZone() throws Exception {
    JobDetail job =
        JobBuilder.newJob(RoundStepJob.class)
            .withIdentity("morning-report.notify-teachers.1", RoundTriggers.group("zhengyuan"))
            .usingJobData(RoundStepJob.SCHOOL, "zhengyuan")
            .usingJobData(RoundStepJob.FORM, "morning-report")
            .usingJobData(RoundStepJob.STEP, "notify-teachers")
            .usingJobData(RoundStepJob.AT, "07:50")
            .build();
    OperableTrigger trigger =
        (OperableTrigger) TriggerBuilder.newTrigger().forJob(job).startNow().build();
    Date now = new Date();
    // 07:50 on Tuesday in Shanghai is still Monday in UTC.
    clock.setShanghai(LocalDateTime.parse("2026-03-03T07:50:00"));

    new RoundStepJob(bell)
        .execute(
            new JobExecutionContextImpl(
                null,
                new TriggerFiredBundle(job, trigger, null, false, now, now, null, null),
                new RoundStepJob(bell)));

    assertThat(steps.calls)
        .containsExactly("run zhengyuan morning-report 2026-03-03 notify-teachers");
  }
}
