package com.chenbao.roster;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the weekly home-school contacts sync with Quartz; it fires only while the scheduler
 * runs ({@code chenbao.scheduler.enabled}) and unless {@code
 * chenbao.roster.dingtalk-sync.scheduled=false}. A missed week is not caught up at start (it costs
 * quota; the next week's run or an on-demand sync does the same work).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "chenbao.roster.dingtalk-sync.scheduled",
    havingValue = "true",
    matchIfMissing = true)
class ContactsSyncSchedule {

  @Bean
  JobDetail contactsSyncJob() {
    return JobBuilder.newJob(ContactsSyncJob.class)
        .withIdentity("roster-dingtalk-sync", "chenbao")
        .storeDurably()
        .build();
  }

  @Bean
  Trigger contactsSyncTrigger(JobDetail contactsSyncJob, ContactsSyncProperties properties) {
    return TriggerBuilder.newTrigger()
        .forJob(contactsSyncJob)
        .withIdentity("roster-dingtalk-sync", "chenbao")
        .withSchedule(
            CronScheduleBuilder.cronSchedule(properties.cron())
                .inTimeZone(TimeZone.getTimeZone(properties.zone()))
                .withMisfireHandlingInstructionDoNothing())
        .build();
  }
}
