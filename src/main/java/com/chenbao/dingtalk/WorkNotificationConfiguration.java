package com.chenbao.dingtalk;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.RecipientResult;
import com.chenbao.messaging.WorkNotificationGateway;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The work-notification port ({@link WorkNotificationGateway}) on DingTalk, or in sandbox mode on
 * the stand-in served by this process (built on first use, once the web server's port is known).
 * Its own token cache and rate limiter (asyncsend_v2 is its own API for DingTalk's 20 QPS); its
 * calls are counted like every other.
 */
@Configuration(proxyBeanMethods = false)
class WorkNotificationConfiguration {

  /** The sandbox's pretend app's AgentId; the stand-in refuses any other. */
  static final long SANDBOX_AGENT_ID = 4_000_001L;

  @Bean
  WorkNotificationGateway workNotificationGateway(
      DingTalkProperties properties,
      WorkNotificationProperties notices,
      DingTalkOutboundProperties settings,
      MonthlyCallAccounting accounting,
      Clock clock,
      Environment environment,
      DingTalkMode mode) {
    if (mode.sandbox()) {
      return new Lazy(
          () -> {
            String port = environment.getProperty("local.server.port");
            if (port == null) {
              throw new IllegalStateException(
                  "Sandbox mode sends to this service's own web server, which is not running");
            }
            String base = "http://127.0.0.1:" + port;
            return create(
                properties.forSandbox(
                    URI.create(base), URI.create(base + SandboxEndpointGateway.SANDBOX_OAPI_PATH)),
                SANDBOX_AGENT_ID,
                settings,
                accounting,
                clock);
          });
    }
    Long agentId = notices.agentId();
    if (agentId == null) {
      return new Unconfigured();
    }
    return create(properties, agentId, settings, accounting, clock);
  }

  static DingTalkWorkNotifier create(
      DingTalkProperties properties,
      long agentId,
      DingTalkOutboundProperties settings,
      ApiCallCounter counter,
      Clock clock) {
    return create(properties, agentId, settings, counter, clock, Sleeper.REAL, System::nanoTime);
  }

  static DingTalkWorkNotifier create(
      DingTalkProperties properties,
      long agentId,
      DingTalkOutboundProperties settings,
      ApiCallCounter counter,
      Clock clock,
      Sleeper sleeper,
      java.util.function.LongSupplier nanoTime) {
    Retrier retrier =
        new Retrier(
            clock,
            sleeper,
            OutboundAdapterFactory.RANDOM,
            settings.retryBudget(),
            settings.initialBackoff());
    OpenApiCaller caller =
        new OpenApiCaller(
            new DingTalkOpenApi(properties),
            AppCredentials.from(properties),
            counter,
            clock,
            retrier,
            settings,
            api -> new ApiRateLimiter(properties.qps(), nanoTime, sleeper));
    return new DingTalkWorkNotifier(
        new WorkNotificationClient(
            OutboundAdapterFactory.webhookHttp(properties),
            HttpUrl.get(properties.oapiBaseUrl().toString()),
            caller,
            agentId));
  }

  /**
   * No AgentId configured: nothing is sent, every user is reported FAILED, and the port says it is
   * off.
   */
  static final class Unconfigured implements WorkNotificationGateway {
    @Override
    public boolean enabled() {
      return false;
    }

    @Override
    public BatchSendResult notifyUsers(List<String> userIds, OutboundMessage message) {
      return new BatchSendResult(
          new LinkedHashSet<>(userIds)
              .stream()
                  .map(
                      id ->
                          RecipientResult.notSent(
                              id, DeliveryStatus.FAILED, "chenbao.dingtalk.agent-id is not set"))
                  .toList());
    }
  }

  private static final class Lazy implements WorkNotificationGateway {
    private final java.util.function.Supplier<DingTalkWorkNotifier> factory;
    private @Nullable DingTalkWorkNotifier delegate;

    Lazy(java.util.function.Supplier<DingTalkWorkNotifier> factory) {
      this.factory = factory;
    }

    @Override
    public BatchSendResult notifyUsers(List<String> userIds, OutboundMessage message) {
      return delegate().notifyUsers(userIds, message);
    }

    private synchronized DingTalkWorkNotifier delegate() {
      if (delegate == null) {
        delegate = factory.get();
      }
      return delegate;
    }
  }
}
