package com.chenbao.shared;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Event listeners of other modules ({@code @ApplicationModuleListener}) run asynchronously, on
 * Spring Boot's task executor ({@link EnableAsync}), after the publisher's commit, each in a
 * transaction of its own, and every publication is kept in the registry (table {@code
 * EVENT_PUBLICATION}, docs/events.md) until its listener has finished. This housekeeping runs on
 * every instance, whether or not Quartz does: every {@link EventRegistryProperties#checkInterval()}
 * it hands publications still incomplete after {@link EventRegistryProperties#resubmitAfter()} to
 * their listener again (it failed, or the process that ran it died) and deletes completed ones
 * older than {@link EventRegistryProperties#keepCompleted()}. At start-up Spring Modulith itself
 * resubmits every incomplete publication ({@code
 * spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventRegistryHousekeeping implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EventRegistryHousekeeping.class);

  private final IncompleteEventPublications incomplete;
  private final CompletedEventPublications completed;
  private final EventRegistryProperties properties;
  private ScheduledExecutorService timer;

  EventRegistryHousekeeping(
      IncompleteEventPublications incomplete,
      CompletedEventPublications completed,
      EventRegistryProperties properties) {
    this.incomplete = incomplete;
    this.completed = completed;
    this.properties = properties;
  }

  /** One round: resubmit what is overdue, delete what is old. */
  void run() {
    try {
      incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
      completed.deletePublicationsOlderThan(properties.keepCompleted());
    } catch (RuntimeException e) {
      log.warn("Event registry housekeeping failed: {}", e.toString());
    }
  }

  @Override
  public synchronized void start() {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "event-registry");
              t.setDaemon(true);
              return t;
            });
    long every = properties.checkInterval().toMillis();
    timer.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }
}
