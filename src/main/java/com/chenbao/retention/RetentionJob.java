package com.chenbao.retention;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The daily doorbell of the purge (clustered Quartz: one instance runs it). */
@DisallowConcurrentExecution
class RetentionJob extends QuartzJobBean {

  private final RetentionService retention;

  RetentionJob(RetentionService retention) {
    this.retention = retention;
  }

  @Override
  protected void executeInternal(JobExecutionContext context) {
    retention.purge();
  }
}
