package com.chenbao.dingtalk;

import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.OutboundMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Public entry into the package-private adapter for {@code com.chenbao.bench.PushBenchmark} (test
 * code only).
 */
public final class PushBenchHarness {

  private PushBenchHarness() {}

  /**
   * The real outbound adapter (limiter, pool, retries), pointed at a fake DingTalk, counting
   * nothing.
   */
  public static ChatGateway gateway(URI apiBaseUrl, int qps) {
    DingTalkProperties properties =
        new DingTalkProperties(
            apiBaseUrl,
            apiBaseUrl,
            "bench-app-key",
            "bench-app-secret",
            "bench-robot",
            DingTalkProperties.Inbound.HTTP,
            qps,
            1_000_000,
            Duration.ofSeconds(2),
            Duration.ofSeconds(10));
    return OutboundAdapterFactory.production(
        properties, DingTalkOutboundProperties.defaults(), ApiCallCounter.NONE, Clock.systemUTC());
  }

  public static void close(ChatGateway gateway) {
    ((DingTalkChatGateway) gateway).close();
  }

  /**
   * The naive way (as in DingTalk's quick-start samples): one batchSend per recipient, one after
   * the other, through the SDK without our limiter, pool or retries. Returns how many calls were
   * refused as throttled.
   */
  public static int sendNaively(URI apiBaseUrl, List<String> userIds, OutboundMessage message) {
    DingTalkProperties properties =
        new DingTalkProperties(
            apiBaseUrl,
            apiBaseUrl,
            "bench-app-key",
            "bench-app-secret",
            "bench-robot",
            DingTalkProperties.Inbound.HTTP,
            20,
            1_000_000,
            Duration.ofSeconds(2),
            Duration.ofSeconds(10));
    DingTalkOpenApi api = new DingTalkOpenApi(properties);
    String token = api.fetchToken(AppCredentials.from(properties)).accessToken();
    RobotTemplate template = RobotTemplates.of(message);
    int throttled = 0;
    for (String userId : userIds) {
      try {
        api.batchSend(token, "bench-robot", List.of(userId), template);
      } catch (DingTalkApiException e) {
        if (e.kind() == DingTalkApiException.Kind.THROTTLED) {
          throttled++;
        }
      }
    }
    return throttled;
  }
}
