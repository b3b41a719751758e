package com.chenbao.sandbox;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Outages on demand: the next {@code calls} calls of an API answer with an HTTP error, as DingTalk
 * does on a bad morning. For trying how Chenbao rides out an outage, and for the tests that show
 * nothing is lost. APIs: {@code batchSend}, {@code groupSend}.
 */
@Component
@Conditional(SandboxMode.class)
public class SandboxFaults {

  private record Outage(AtomicInteger remaining, int status) {}

  private final Map<String, Outage> outages = new ConcurrentHashMap<>();
  private final AtomicInteger failed = new AtomicInteger();

  /** The next {@code calls} calls of {@code api} fail with {@code httpStatus} (e.g. 503). */
  public void failNext(String api, int calls, int httpStatus) {
    outages.put(api, new Outage(new AtomicInteger(calls), httpStatus));
  }

  private final Set<String> refusedByRobot = ConcurrentHashMap.newKeySet();

  /**
   * The robot refuses this person (batchSend lists them in invalidStaffIdList), or accepts them
   * again.
   */
  public void robotRefuses(String userId, boolean refused) {
    if (refused) {
      refusedByRobot.add(userId);
    } else {
      refusedByRobot.remove(userId);
    }
  }

  /** Whether the robot refuses this person. */
  public boolean robotRefuses(String userId) {
    return refusedByRobot.contains(userId);
  }

  Set<String> refusedByRobot() {
    return Set.copyOf(refusedByRobot);
  }

  /** How many calls the sandbox failed on purpose since start-up. */
  public int failedCalls() {
    return failed.get();
  }

  /** The status to fail this call with, or 0 to serve it. */
  int take(String api) {
    Outage outage = outages.get(api);
    if (outage == null || outage.remaining().getAndUpdate(n -> Math.max(0, n - 1)) <= 0) {
      return 0;
    }
    failed.incrementAndGet();
    return outage.status();
  }
}
