package com.chenbao.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the {@link DeliveryWorker} when something was queued, once the queueing transaction
 * committed.
 */
@Component
class QueueBell {

  private final Semaphore rings = new Semaphore(0);

  void ring() {
    if (rings.availablePermits() == 0) {
      rings.release();
    }
  }

  /**
   * Rings after the current transaction commits (the rows are invisible before), or now without
   * one.
   */
  void wakeUpAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              ring();
            }
          });
    } else {
      ring();
    }
  }

  /** Waits for a ring at most {@code timeout}. */
  void await(Duration timeout) throws InterruptedException {
    rings.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    rings.drainPermits();
  }
}
