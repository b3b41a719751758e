package com.chenbao.retention;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the purge with Quartz; it fires only while the scheduler runs ({@code
 * chenbao.scheduler.enabled}). A missed night is caught up once at the next start (the purge is
 * idempotent, a late run harms nothing).
 */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

  @Bean
  JobDetail retentionJob() {
    return JobBuilder.newJob(RetentionJob.class)
        .withIdentity("retention", "chenbao")
        .storeDurably()
        .build();
  }

  @Bean
  Trigger retentionTrigger(JobDetail retentionJob, RetentionProperties properties) {
    return TriggerBuilder.newTrigger()
        .forJob(retentionJob)
        .withIdentity("retention", "chenbao")
        .withSchedule(
            CronScheduleBuilder.cronSchedule(properties.cron())
                .inTimeZone(TimeZone.getTimeZone(properties.zone()))
                .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }
}
