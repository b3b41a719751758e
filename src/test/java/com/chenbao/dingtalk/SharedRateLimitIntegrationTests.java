package com.chenbao.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the service share one database and push for the same app at once, against a
 * DingTalk stand-in that enforces 20 calls a second per app and API. Each instance here is a whole
 * outbound adapter of its own (its own token cache, send pool, limiter state); the only thing they
 * share is the database, as two processes would. The control case shows the stand-in does throttle
 * two instances that pace only themselves.
 */
@SpringBootTest
class SharedRateLimitIntegrationTests {

  static final int RECIPIENTS_PER_INSTANCE = 600; // 30 batchSend calls each

  @Autowired ApiPaceMapper pace;
  @Autowired PlatformTransactionManager transactions;

  MockWebServer server;
  QpsEnforcingDingTalk dingtalk;
  String appKey;

  @BeforeEach
  void start() throws IOException {
    appKey = "dingshared" + System.nanoTime();
    dingtalk = new QpsEnforcingDingTalk(20, Map.of(appKey, "secret-" + appKey));
    server = new MockWebServer();
    server.setDispatcher(dingtalk);
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void twoInstancesOnOneDatabaseTogetherStayUnderTheLimit() throws Exception {
    List<BatchSendResult> results = pushFromTwoInstances(true);

    assertThat(dingtalk.throttled.get()).as("throttle errors from the stand-in").isZero();
    results.forEach(
        result ->
            assertThat(result.userIdsWith(DeliveryStatus.SENT)).hasSize(RECIPIENTS_PER_INSTANCE));
    assertThat(dingtalk.calls).hasSize(2 * RECIPIENTS_PER_INSTANCE / 20);
  }

  @Test
  void instancesThatPaceOnlyThemselvesAreThrottled() throws Exception {
    pushFromTwoInstances(false);

    assertThat(dingtalk.throttled.get())
        .as("without the shared limit the stand-in throttles")
        .isPositive();
  }

  private List<BatchSendResult> pushFromTwoInstances(boolean shared) throws Exception {
    DingTalkChatGateway first = instance(shared);
    DingTalkChatGateway second = instance(shared);
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<BatchSendResult> a =
        CompletableFuture.supplyAsync(() -> push(first, "a", go));
    CompletableFuture<BatchSendResult> b =
        CompletableFuture.supplyAsync(() -> push(second, "b", go));
    go.countDown();
    try {
      return List.of(a.get(), b.get());
    } finally {
      first.close();
      second.close();
    }
  }

  private static BatchSendResult push(
      DingTalkChatGateway gateway, String instance, CountDownLatch go) {
    try {
      go.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    List<String> users =
        IntStream.range(0, RECIPIENTS_PER_INSTANCE).mapToObj(i -> instance + "-u" + i).toList();
    return gateway.sendToUsers(users, new OutboundMessage.Text("请报告孩子今天的晨报"));
  }

  /**
   * One instance's whole outbound adapter, as Spring wires it, sharing only the database with the
   * other.
   */
  private DingTalkChatGateway instance(boolean shared) {
    DingTalkProperties properties =
        new DingTalkProperties(
            URI.create(server.url("/").toString()),
            URI.create("http://127.0.0.1:1"),
            appKey,
            "secret-" + appKey,
            appKey,
            DingTalkProperties.Inbound.HTTP,
            20,
            10_000,
            Duration.ofSeconds(2),
            Duration.ofSeconds(5));
    ApiPermits local =
        OutboundAdapterFactory.localPermits(properties, Sleeper.REAL, System::nanoTime);
    ApiPermits permits =
        shared
            ? new SharedApiPermits(
                pace,
                new TransactionTemplate(transactions),
                20,
                System::nanoTime,
                Sleeper.REAL,
                local)
            : local;
    // Short backoffs, so the control case's throttled calls are soon through.
    DingTalkOutboundProperties settings =
        new DingTalkOutboundProperties(
            Duration.ofSeconds(30),
            Duration.ofMillis(50),
            Duration.ofMinutes(5),
            Duration.ofSeconds(1),
            2,
            6,
            20);
    return OutboundAdapterFactory.appGateways(
            properties,
            settings,
            ApiCallCounter.NONE,
            Clock.systemUTC(),
            Sleeper.REAL,
            System::nanoTime,
            permits)
        .gatewayFor(AppCredentials.from(properties));
  }
}
