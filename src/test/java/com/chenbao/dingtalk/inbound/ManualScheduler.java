package com.chenbao.dingtalk.inbound;

import com.chenbao.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs scheduled tasks only when the test moves the shared clock forward. */
final class ManualScheduler implements StreamScheduler {

  private final TestClock clock;
  private final List<Task> tasks = new ArrayList<>();
  boolean shutDown;

  ManualScheduler(TestClock clock) {
    this.clock = clock;
  }

  @Override
  public void every(Duration period, Runnable task) {
    tasks.add(new Task(clock.instant().plus(period), period, task));
  }

  @Override
  public void after(Duration delay, Runnable task) {
    tasks.add(new Task(clock.instant().plus(delay), null, task));
  }

  @Override
  public void shutdown() {
    shutDown = true;
    tasks.clear();
  }

  /** Moves time forward one second at a time, running whatever falls due. */
  void advance(Duration by) {
    Instant end = clock.instant().plus(by);
    while (clock.instant().isBefore(end)) {
      clock.advance(Duration.ofSeconds(1));
      runDue();
    }
  }

  private void runDue() {
    List<Task> due =
        tasks.stream()
            .filter(t -> !t.at.isAfter(clock.instant()))
            .sorted(Comparator.comparing(t -> t.at))
            .toList();
    for (Task task : due) {
      tasks.remove(task);
      if (task.period != null) {
        tasks.add(new Task(clock.instant().plus(task.period), task.period, task.run));
      }
      task.run.run();
    }
  }

  private record Task(Instant at, Duration period, Runnable run) {}
}
