package com.chenbao.schoolday;

import com.chenbao.calendar.SchoolSchedules;
import com.chenbao.forms.FormCatalog;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.schoolconfig.SchoolConfigured;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a school's triggers after its configuration is committed, and every known school's once
 * the service is ready (a school applied through the API while the scheduler was disabled). Nothing
 * when {@code chenbao.scheduler.enabled} is false.
 *
 * <p>Quartz's Spring job store uses the caller's transaction and its row locks need one, so each
 * registration runs in a new transaction of its own.
 */
@Component
class RoundTriggersListener {

  private final SchedulerProperties properties;
  private final RoundTriggers triggers;
  private final SchoolDirectory schools;
  private final TransactionTemplate newTransaction;

  RoundTriggersListener(
      SchedulerProperties properties,
      Scheduler scheduler,
      SchoolDirectory schools,
      SchoolSchedules schedules,
      FormCatalog forms,
      PlatformTransactionManager transactions) {
    this.properties = properties;
    this.triggers = new RoundTriggers(scheduler, schools, schedules, forms);
    this.schools = schools;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void schoolConfigured(SchoolConfigured event) {
    register(event.schoolCode());
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    for (School school : schools.allSchools()) {
      register(school.code());
    }
  }

  /**
   * @return triggers added, replaced or removed; 0 when the scheduler is disabled
   */
  int register(String schoolCode) {
    if (!properties.enabled()) {
      return 0;
    }
    Integer changed =
        newTransaction.execute(
            status -> {
              try {
                return triggers.register(schoolCode);
              } catch (SchedulerException e) {
                throw new IllegalStateException(
                    "Could not register the round triggers of school " + schoolCode, e);
              }
            });
    return changed == null ? 0 : changed;
  }
}
