package com.chenbao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fault benchmark (not a test; run by bench/faults.sh against a running service in sandbox mode
 * with the demo school): a fever burst (60 guardians of 60 different pupils reply a fever, 20 at a
 * time) and a fuzz of signed callbacks with random lengths, types and junk, 20 at a time. Counts
 * 5xx answers and callback latencies, then waits until the round shows the 60 answers and the
 * personnel group has been told of all 60 pupils. Last line: {@code faults fuzz=N 5xx=N burst=60
 * stored=N alerted=N callback_p99_ms=N}.
 */
public final class FaultBenchmark {

  static final String SECRET = "sandbox-app-secret";
  static final String SCHOOL = "zhengyuan";
  static final String PERSONNEL = "group:cid-zhengyuan-personnel";
  static final int CONCURRENCY = 20;

  private final String base;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final List<Long> latenciesMs = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger fiveXx = new AtomicInteger();
  private final Map<Integer, AtomicInteger> statuses =
      new java.util.concurrent.ConcurrentHashMap<>();

  FaultBenchmark(String base, String token) {
    this.base = base;
    this.token = token;
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:18480";
    String token = args.length > 1 ? args[1] : "bench-faults-token";
    if (args.length > 2 && args[2].equals("dbcut")) {
      new FaultBenchmark(base, token).dbCut(args.length > 3 ? Integer.parseInt(args[3]) : 10);
      return;
    }
    int fuzz = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    new FaultBenchmark(base, token).run(fuzz);
  }

  /**
   * Run by faults.sh while the embedded database is stopped (SIGSTOP): every callback must get a
   * fast 503.
   */
  void dbCut(int n) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, CONCURRENCY));
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String msgId = "dbcut-" + i + "-" + System.nanoTime();
      sent.add(pool.submit(() -> callback(textMessage(msgId, "stranger-dbcut", "36.5"))));
    }
    for (Future<?> f : sent) {
      f.get();
    }
    pool.shutdown();
    long max = latenciesMs.stream().mapToLong(Long::longValue).max().orElse(0);
    System.out.printf(
        Locale.ROOT,
        "dbcut callbacks=%d statuses=%s max_ms=%d%n",
        n,
        new java.util.TreeMap<>(statuses),
        max);
  }

  void run(int fuzzCount) throws Exception {
    Map<String, String> guardians = burstGuardians(60); // userId -> the one pupil
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String round = "/api/schools/" + SCHOOL + "/forms/morning-report/rounds/" + today;
    int push =
        send(HttpRequest.newBuilder(URI.create(base + round + "/steps/push"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build())
            .statusCode();
    System.out.println("push step: HTTP " + push);

    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    List<Future<?>> burst = new ArrayList<>();
    long burstStart = System.nanoTime();
    for (String userId : guardians.keySet()) {
      burst.add(
          pool.submit(
              () ->
                  callback(
                      textMessage("burst-" + userId + "-" + System.nanoTime(), userId, "38.6"))));
    }
    for (Future<?> f : burst) {
      f.get();
    }
    System.out.printf(
        Locale.ROOT,
        "burst: 60 callbacks in %.1f s, 5xx so far %d%n",
        (System.nanoTime() - burstStart) / 1e9,
        fiveXx.get());

    Random random = new Random(42);
    List<Future<?>> fuzz = new ArrayList<>();
    List<String> payloads = new ArrayList<>();
    for (int i = 0; i < fuzzCount; i++) {
      payloads.add(fuzzPayload(random, i, new ArrayList<>(guardians.keySet())));
    }
    long fuzzStart = System.nanoTime();
    for (String payload : payloads) {
      fuzz.add(pool.submit(() -> callback(payload)));
    }
    for (Future<?> f : fuzz) {
      f.get();
    }
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "fuzz: %d callbacks in %.1f s; statuses %s%n",
        fuzzCount,
        (System.nanoTime() - fuzzStart) / 1e9,
        new java.util.TreeMap<>(statuses));

    Set<String> pupils = new LinkedHashSet<>(guardians.values());
    int stored = 0;
    int alerted = 0;
    long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
    while (System.nanoTime() < deadline) {
      stored = stored(round, pupils);
      alerted = alerted(pupils);
      if (stored == pupils.size() && alerted == pupils.size()) {
        break;
      }
      Thread.sleep(2_000);
    }
    System.out.printf(Locale.ROOT, "personnel group messages: %d%n", personnelMessages());
    System.out.printf(
        Locale.ROOT,
        "faults fuzz=%d 5xx=%d burst=%d stored=%d alerted=%d callback_p99_ms=%d%n",
        fuzzCount,
        fiveXx.get(),
        guardians.size(),
        stored,
        alerted,
        p99());
  }

  /**
   * Guardians with exactly one child, one guardian per child; waits for the demo roster (loaded
   * after start).
   */
  private Map<String, String> burstGuardians(int n) throws Exception {
    for (int attempt = 0; ; attempt++) {
      try {
        return singleChildGuardians(n);
      } catch (IllegalStateException notYet) {
        if (attempt == 120) {
          throw notYet;
        }
        Thread.sleep(1_000);
      }
    }
  }

  private Map<String, String> singleChildGuardians(int n) throws Exception {
    JsonNode chats = json.readTree(get("/sandbox/api/chats"));
    Map<String, String> chosen = new LinkedHashMap<>();
    Set<String> children = new LinkedHashSet<>();
    for (JsonNode chat : chats) {
      String detail = chat.path("detail").asText("");
      if ("guardian".equals(chat.path("kind").asText())
          && SCHOOL.equals(chat.path("school").asText())
          && !detail.isBlank()
          && !detail.contains(" ")
          && children.add(detail)) {
        chosen.put(chat.path("key").asText().substring("user:".length()), detail);
        if (chosen.size() == n) {
          return chosen;
        }
      }
    }
    throw new IllegalStateException(
        "The demo school has only " + chosen.size() + " single-child guardians");
  }

  private int stored(String round, Set<String> pupils) throws Exception {
    JsonNode answers =
        json.readTree(
            send(HttpRequest.newBuilder(URI.create(base + round + "/answers"))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build())
                .body());
    Set<String> found = new LinkedHashSet<>();
    for (JsonNode a : answers) {
      if (pupils.contains(a.path("name").asText()) && a.path("temperature").asDouble() >= 38.0) {
        found.add(a.path("name").asText());
      }
    }
    return found.size();
  }

  private int alerted(Set<String> pupils) throws Exception {
    StringBuilder all = new StringBuilder();
    for (JsonNode m : json.readTree(get("/sandbox/api/messages?chat=" + PERSONNEL))) {
      if (m.path("fromBot").asBoolean()) {
        all.append(m.path("text").asText()).append('\n');
      }
    }
    return (int) pupils.stream().filter(p -> all.indexOf("**" + p + "**") >= 0).count();
  }

  private int personnelMessages() throws Exception {
    int n = 0;
    for (JsonNode m : json.readTree(get("/sandbox/api/messages?chat=" + PERSONNEL))) {
      n += m.path("fromBot").asBoolean() ? 1 : 0;
    }
    return n;
  }

  private String get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build())
        .body();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * POSTs a signed callback, as the sandbox (and DingTalk) signs it; records status and latency.
   */
  private void callback(String body) {
    String timestamp = Long.toString(System.currentTimeMillis());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/dingtalk/robot/callback"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("timestamp", timestamp)
            .header("sign", sign(timestamp))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    long start = System.nanoTime();
    int status;
    try {
      status = send(request).statusCode();
    } catch (Exception e) {
      status = 599;
    }
    latenciesMs.add((System.nanoTime() - start) / 1_000_000);
    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    if (status >= 500) {
      fiveXx.incrementAndGet();
    }
  }

  private long p99() {
    List<Long> sorted = new ArrayList<>(latenciesMs);
    Collections.sort(sorted);
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
  }

  static String sign(String timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(
              mac.doFinal((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String textMessage(String msgId, String userId, String text) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("msgId", msgId);
    p.put("msgtype", "text");
    p.put("text", Map.of("content", text));
    p.put("conversationType", "1");
    p.put("conversationId", "cid-bench-" + userId);
    p.put("senderStaffId", userId);
    p.put("senderNick", "bench");
    p.put("createAt", System.currentTimeMillis());
    return write(p);
  }

  /**
   * One fuzzed payload: mostly well-formed messages with random fields, some junk, a few oversized.
   */
  private String fuzzPayload(Random r, int i, List<String> knownUsers) {
    int kind = r.nextInt(14);
    String id = "fuzz-" + i + "-" + r.nextInt(1_000_000);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("msgId", id);
    p.put("msgtype", "text");
    p.put("text", Map.of("content", randomText(r, 1 + r.nextInt(40))));
    p.put("conversationType", r.nextBoolean() ? "1" : "2");
    p.put("conversationId", "cid-" + r.nextInt(1000));
    p.put(
        "senderStaffId",
        r.nextInt(4) == 0
            ? knownUsers.get(r.nextInt(knownUsers.size()))
            : "stranger-" + r.nextInt(500));
    p.put("senderNick", randomText(r, r.nextInt(10)));
    p.put("createAt", System.currentTimeMillis());
    switch (kind) {
      case 0 -> p.put("msgId", "m".repeat(150 + r.nextInt(200)));
      case 1 -> p.put("senderStaffId", "s".repeat(50 + r.nextInt(60)));
      case 2 -> p.put("conversationId", "c".repeat(100 + r.nextInt(80)));
      case 3 -> {
        p.put("sessionWebhook", r.nextBoolean() ? "not a url " + r.nextInt() : "ftp://example/x");
        p.put("sessionWebhookExpiredTime", System.currentTimeMillis() + 60_000);
      }
      case 4 -> p.put("msgtype", randomText(r, 1 + r.nextInt(40)));
      case 5 -> p.put("text", Map.of("content", randomText(r, 1_500 + r.nextInt(3_000))));
      case 6 -> {
        p.put("sessionWebhook", "http://127.0.0.1:9/expired");
        p.put("sessionWebhookExpiredTime", System.currentTimeMillis() - 60_000);
      }
      case 7 -> {
        return randomText(r, r.nextInt(300)); // not JSON
      }
      case 8 -> {
        return "[" + r.nextInt() + "]"; // JSON, not an object
      }
      case 9 -> p.remove("msgId");
      case 10 ->
          p.put(
              "msgtype",
              List.of("picture", "audio", "video", "file", "richText").get(r.nextInt(5)));
      case 11 ->
          p.put(
              "text",
              Map.of("content", "啊".repeat(25_000 + r.nextInt(10_000)))); // over the body cap
      default -> {} // a plain short text from a random sender
    }
    return write(p);
  }

  private static String randomText(Random r, int length) {
    StringBuilder s = new StringBuilder(length);
    String alphabet = "0123456789.度 体温正常发烧咳嗽abcXYZ{}[]\"\\\n\t啊";
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
