package com.chenbao.dingtalk;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Wires the outbound adapter from its parts. Spring uses {@link #appGateways} (one adapter per
 * DingTalk app, paced across instances); tests and the push benchmark use {@link #create} with
 * their own clock, sleeper and counter.
 */
final class OutboundAdapterFactory {

  /** Jitter only needs to differ between threads, not be unpredictable. */
  static final RandomGenerator RANDOM = () -> ThreadLocalRandom.current().nextLong();

  private OutboundAdapterFactory() {}

  static DingTalkChatGateway production(
      DingTalkProperties properties,
      DingTalkOutboundProperties settings,
      ApiCallCounter counter,
      Clock clock) {
    return create(properties, settings, counter, clock, Sleeper.REAL, System::nanoTime);
  }

  /** The process-wide app's adapter, paced within this process. */
  static DingTalkChatGateway create(
      DingTalkProperties properties,
      DingTalkOutboundProperties settings,
      ApiCallCounter counter,
      Clock clock,
      Sleeper sleeper,
      LongSupplier nanoTime) {
    ApiPermits permits = localPermits(properties, sleeper, nanoTime);
    return appGateways(properties, settings, counter, clock, sleeper, nanoTime, permits)
        .gatewayFor(AppCredentials.from(properties));
  }

  static ApiPermits localPermits(
      DingTalkProperties properties, Sleeper sleeper, LongSupplier nanoTime) {
    return new LocalApiPermits(api -> new ApiRateLimiter(properties.qps(), nanoTime, sleeper));
  }

  /** The adapters of every app, on shared parts; {@code permits} decides how calls are paced. */
  static AppGateways appGateways(
      DingTalkProperties properties,
      DingTalkOutboundProperties settings,
      ApiCallCounter counter,
      Clock clock,
      Sleeper sleeper,
      LongSupplier nanoTime,
      ApiPermits permits) {
    Retrier retrier =
        new Retrier(clock, sleeper, RANDOM, settings.retryBudget(), settings.initialBackoff());
    ExecutorService pool =
        Executors.newFixedThreadPool(settings.sendThreads(), daemonThreads("dingtalk-send-"));
    WebhookRobotClient webhook =
        new WebhookRobotClient(
            webhookHttp(properties),
            HttpUrl.get(properties.oapiBaseUrl().toString()),
            clock,
            new WebhookRobotLimiter(settings.webhookMessagesPerMinute(), nanoTime, sleeper),
            retrier);
    return new AppGateways(
        new DingTalkOpenApi(properties),
        counter,
        clock,
        retrier,
        settings,
        permits,
        pool,
        webhook,
        sleeper);
  }

  /**
   * No silent OkHttp retries: a resent POST after a half-done exchange could deliver a message
   * twice.
   */
  static OkHttpClient webhookHttp(DingTalkProperties properties) {
    return new OkHttpClient.Builder()
        .connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .build();
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
