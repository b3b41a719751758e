package com.chenbao.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Access tokens the sandbox has issued, valid 7200 s as DingTalk's. */
@Component
@Conditional(SandboxMode.class)
class SandboxTokens {

  static final Duration LIFETIME = Duration.ofSeconds(7200);

  private final Clock clock;
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

  SandboxTokens(Clock clock) {
    this.clock = clock;
  }

  String issue() {
    String token = "sandbox-" + UUID.randomUUID().toString().replace("-", "");
    expiries.put(token, clock.instant().plus(LIFETIME));
    return token;
  }

  boolean isValid(String token) {
    Instant expiry = expiries.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }
}
