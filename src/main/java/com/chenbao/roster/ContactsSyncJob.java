package com.chenbao.roster;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The weekly doorbell of the home-school contacts sync (clustered Quartz: one instance runs it).
 */
@DisallowConcurrentExecution
class ContactsSyncJob extends QuartzJobBean {

  private final ContactsSyncService sync;

  ContactsSyncJob(ContactsSyncService sync) {
    this.sync = sync;
  }

  @Override
  protected void executeInternal(JobExecutionContext context) {
    sync.syncScheduled();
  }
}
