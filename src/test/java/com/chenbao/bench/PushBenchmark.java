package com.chenbao.bench;

import com.chenbao.dingtalk.PushBenchHarness;
import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Push benchmark (not a test; run by bench/push.sh): N recipients through the real adapter against
 * a local fake DingTalk that allows 20 calls per API in any rolling second (answering the
 * documented QpsLimit 403 beyond it) and takes 50 ms per call. See bench/README.md for what each
 * number means.
 */
public final class PushBenchmark {

  static final int QPS = 20;
  static final int PER_CALL = 20;
  static final long LATENCY_MS = 50;

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int naiveN = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    OutboundMessage message = new OutboundMessage.Markdown("晨检提醒", "## 今日晨检\n请回复孩子今天的体温。");

    FakeDingTalk fake = new FakeDingTalk();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(fake);
      server.start();
      URI base = URI.create(server.url("/").toString());

      List<String> users = IntStream.range(0, n).mapToObj(i -> "user" + i).toList();
      ChatGateway gateway = PushBenchHarness.gateway(base, QPS);
      // Warm-up (not timed, not counted): one send loads the SDK's classes and fetches the token,
      // as a running
      // service would have done long before its first morning push.
      gateway.sendToUsers(List.of("warmup"), message);
      Thread.sleep(1_100);
      fake.reset();
      resetHeapPeaks();
      long start = System.nanoTime();
      BatchSendResult result = gateway.sendToUsers(users, message);
      double wall = (System.nanoTime() - start) / 1e9;
      long peakHeap = heapPeakBytes();
      PushBenchHarness.close(gateway);
      int batchedCalls = fake.sendCalls.get();
      int batchedThrottled = fake.throttled.get();

      double bound = Math.ceil(n / (double) PER_CALL) / QPS;
      long sent = result.userIdsWith(DeliveryStatus.SENT).size();

      fake.reset();
      List<String> naiveUsers = IntStream.range(0, naiveN).mapToObj(i -> "naive" + i).toList();
      long naiveStart = System.nanoTime();
      int naiveThrottledByClient = PushBenchHarness.sendNaively(base, naiveUsers, message);
      double naiveWall = (System.nanoTime() - naiveStart) / 1e9;
      // The same lower bound as for the batched push, ceil(N/20)/QPS: what the recipients could
      // cost at best.
      double naiveBound = Math.ceil(naiveN / (double) PER_CALL) / QPS;
      int naiveCalls = fake.sendCalls.get();

      System.out.printf(
          Locale.ROOT,
          "recipients=%d sent=%d wall=%.2fs bound=%.2fs (ceil(N/20)/QPS)%n",
          n,
          sent,
          wall,
          bound);
      System.out.printf(Locale.ROOT, "(a) wall/bound=%.2f%n", wall / bound);
      System.out.printf(
          Locale.ROOT,
          "(b) batchSend calls=%d, ceil(N/20)=%d, calls/bound=%.2f%n",
          batchedCalls,
          (int) Math.ceil(n / (double) PER_CALL),
          batchedCalls / Math.ceil(n / (double) PER_CALL));
      System.out.printf(
          Locale.ROOT, "(c) throttle answers (403 QpsLimit) received=%d%n", batchedThrottled);
      System.out.printf(
          Locale.ROOT, "(d) peak heap during the push=%.1f MB%n", peakHeap / 1048576.0);
      System.out.printf(
          Locale.ROOT,
          "naive (measured on N=%d, one call per recipient, sequential): calls=%d wall=%.2fs bound=%.2fs "
              + "(ceil(N/20)/QPS) naive/bound=%.2f throttled=%d%n",
          naiveN,
          naiveCalls,
          naiveWall,
          naiveBound,
          naiveWall / naiveBound,
          naiveThrottledByClient);
      System.out.printf(
          Locale.ROOT,
          "push N=%d wall/bound=%.2f calls/bound=%.2f throttled=%d naive/bound=%.2f%n",
          n,
          wall / bound,
          batchedCalls / Math.ceil(n / (double) PER_CALL),
          batchedThrottled,
          naiveWall / naiveBound);
    }
  }

  /**
   * Fake DingTalk: token endpoint, and batchSend limited to QPS arrivals in any rolling second, 50
   * ms each.
   */
  static final class FakeDingTalk extends Dispatcher {
    final AtomicInteger sendCalls = new AtomicInteger();
    final AtomicInteger throttled = new AtomicInteger();
    private final Deque<Long> arrivals = new ArrayDeque<>();

    void reset() {
      sendCalls.set(0);
      throttled.set(0);
      synchronized (arrivals) {
        arrivals.clear();
      }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      String path = request.getPath();
      if (path != null && path.endsWith("/v1.0/oauth2/accessToken")) {
        return json(200, "{\"accessToken\":\"bench-token\",\"expireIn\":7200}");
      }
      sendCalls.incrementAndGet();
      boolean allowed = admit(System.nanoTime());
      Thread.sleep(LATENCY_MS);
      if (!allowed) {
        throttled.incrementAndGet();
        return json(
            403,
            "{\"code\":\"Forbidden.AccessDenied.QpsLimitForAppkeyAndApi\","
                + "\"message\":\"qps limit\",\"requestid\":\"bench\"}");
      }
      return json(
          200,
          "{\"processQueryKey\":\"pqk\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}");
    }

    /**
     * Counts every arrival (refused ones too, as a real limiter would) in a rolling one-second
     * window.
     */
    private boolean admit(long now) {
      synchronized (arrivals) {
        while (!arrivals.isEmpty() && now - arrivals.peekFirst() >= 1_000_000_000L) {
          arrivals.pollFirst();
        }
        boolean allowed = arrivals.size() < QPS;
        arrivals.addLast(now);
        return allowed;
      }
    }

    private static MockResponse json(int status, String body) {
      return new MockResponse()
          .setResponseCode(status)
          .setHeader("Content-Type", "application/json")
          .setBody(body);
    }
  }

  private static void resetHeapPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeakBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
