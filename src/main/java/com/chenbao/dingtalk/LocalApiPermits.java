package com.chenbao.dingtalk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One in-process {@link ApiRateLimiter} per app and API: right for one instance, or when the
 * database fails.
 */
final class LocalApiPermits implements ApiPermits {

  private final Function<String, ApiRateLimiter> limiterFactory;
  private final Map<String, ApiRateLimiter> limiters = new ConcurrentHashMap<>();

  /**
   * @param limiterFactory makes the limiter of one API (its argument is the API name)
   */
  LocalApiPermits(Function<String, ApiRateLimiter> limiterFactory) {
    this.limiterFactory = limiterFactory;
  }

  @Override
  public void acquire(String appKey, String api) throws InterruptedException {
    limiters.computeIfAbsent(appKey + " " + api, key -> limiterFactory.apply(api)).acquire();
  }
}
