package com.chenbao.dingtalk;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * The outbound adapter of each DingTalk app, built on first use and kept: every app has its own
 * access token cache and robot code, while all share the SDK clients, the send pool, the webhook
 * client and the {@link ApiPermits} (which pace each app and API apart). Two schools of one org
 * that name the same app share its adapter.
 */
final class AppGateways implements AutoCloseable {

  private final DingTalkOpenApi api;
  private final ApiCallCounter counter;
  private final Clock clock;
  private final Retrier retrier;
  private final DingTalkOutboundProperties settings;
  private final ApiPermits permits;
  private final ExecutorService pool;
  private final WebhookRobotClient webhook;
  private final Sleeper sleeper;
  private final Map<AppCredentials, DingTalkChatGateway> gateways = new ConcurrentHashMap<>();
  private final Map<AppCredentials, OpenApiCaller> callers = new ConcurrentHashMap<>();

  AppGateways(
      DingTalkOpenApi api,
      ApiCallCounter counter,
      Clock clock,
      Retrier retrier,
      DingTalkOutboundProperties settings,
      ApiPermits permits,
      ExecutorService pool,
      WebhookRobotClient webhook,
      Sleeper sleeper) {
    this.api = api;
    this.counter = counter;
    this.clock = clock;
    this.retrier = retrier;
    this.settings = settings;
    this.permits = permits;
    this.pool = pool;
    this.webhook = webhook;
    this.sleeper = sleeper;
  }

  DingTalkChatGateway gatewayFor(AppCredentials app) {
    return gateways.computeIfAbsent(
        app,
        a -> {
          RobotMessageClient robot = new RobotMessageClient(api, callerFor(a));
          return new DingTalkChatGateway(
              new OneToOneSender(robot, pool, sleeper, settings), robot, webhook, pool);
        });
  }

  /**
   * The OpenAPI caller of one app (tokens, pacing, counting, retries), for clients of other
   * DingTalk APIs.
   */
  OpenApiCaller callerFor(AppCredentials app) {
    return callers.computeIfAbsent(
        app, a -> new OpenApiCaller(api, a, counter, clock, retrier, settings, permits));
  }

  DingTalkOpenApi api() {
    return api;
  }

  /** Stops the shared send pool. */
  @Override
  public void close() {
    pool.shutdown();
  }
}
