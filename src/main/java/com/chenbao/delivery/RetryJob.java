package com.chenbao.delivery;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The periodic doorbell of the {@link RetryPass} (clustered Quartz: one instance runs it at a time). */
@DisallowConcurrentExecution
class RetryJob extends QuartzJobBean {

  private final RetryPass pass;

  RetryJob(RetryPass pass) {
    this.pass = pass;
  }

  @Override
  protected void executeInternal(JobExecutionContext context) {
    pass.retryDue();
  }
}
