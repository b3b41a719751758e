package com.chenbao.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * How many calls reached each of the sandbox's DingTalk endpoints since start-up (refused ones
 * included), as DingTalk would count them against the org's quota: {@code accessToken}, {@code
 * batchSend}, {@code groupSend}, {@code webhookRobot}, and the free {@code sessionWebhook}. Tests
 * and the quota benchmark read it to measure what the service costs.
 */
@Component
@Conditional(SandboxMode.class)
public class SandboxCalls {

  public static final String TOKEN = "accessToken";
  public static final String BATCH_SEND = "batchSend";
  public static final String GROUP_SEND = "groupSend";
  public static final String WEBHOOK_ROBOT = "webhookRobot";
  public static final String SESSION_WEBHOOK = "sessionWebhook";

  private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

  void record(String api) {
    calls.computeIfAbsent(api, a -> new AtomicLong()).incrementAndGet();
  }

  /** Calls of one endpoint so far. */
  public long calls(String api) {
    AtomicLong count = calls.get(api);
    return count == null ? 0 : count.get();
  }

  /** Calls per endpoint so far. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    calls.forEach((api, count) -> copy.put(api, count.get()));
    return copy;
  }
}
