package com.chenbao.delivery;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the retry pass with Quartz every {@link DeliveryProperties#retryInterval()}; it fires only while
 * the scheduler runs ({@code chenbao.scheduler.enabled}). A missed firing is not caught up: the next one
 * covers it.
 */
@Configuration(proxyBeanMethods = false)
class RetrySchedule {

  @Bean
  JobDetail deliveryRetryJob() {
    return JobBuilder.newJob(RetryJob.class).withIdentity("delivery-retry", "chenbao").storeDurably().build();
  }

  @Bean
  Trigger deliveryRetryTrigger(JobDetail deliveryRetryJob, DeliveryProperties properties) {
    return TriggerBuilder.newTrigger()
        .forJob(deliveryRetryJob)
        .withIdentity("delivery-retry", "chenbao")
        .withSchedule(SimpleScheduleBuilder.simpleSchedule()
            .withIntervalInMilliseconds(properties.retryInterval().toMillis())
            .repeatForever()
            .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
  }
}
