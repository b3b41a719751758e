package com.chenbao.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.RoundFixture;
import com.chenbao.RoundFixture.Person;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The crash window the event registry closes: the service is killed (a real child JVM, destroyed
 * forcibly) after an answer's transaction committed and before the alert listener ran. After a
 * restart on the same database the listener's work happens, once: the groups and the class teacher
 * each get the fever alert exactly once, seen at the HTTP level by a stand-in DingTalk
 * (MockWebServer). The stand-in refuses the first post to the personnel group: the ledger's retry
 * pass, which runs with the scheduler off, posts it again, once.
 *
 * <p>This test's own context only provides the database (its delivery worker looks at the queue
 * once at its start and then only when woken by itself); the children talk to DingTalk mode against
 * the stand-in.
 */
@SpringBootTest(properties = "chenbao.delivery.queue-poll-interval=1h")
class AlertCrashRecoveryIntegrationTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path WORK = Path.of("target", "crash-test");

  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired SchoolDirectory directory;
  @Autowired DataSource dataSource;

  private final MockWebServer dingTalk = new MockWebServer();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final List<Process> children = new ArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger refused =
      new java.util.concurrent.atomic.AtomicInteger();

  record Sent(String path, String to, String text) {}

  @BeforeEach
  void startDingTalk() throws IOException {
    dingTalk.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath() == null ? "" : request.getPath();
            if (path.contains("/oauth2/accessToken")) {
              return json("{\"accessToken\":\"crash-test-token\",\"expireIn\":7200}");
            }
            try {
              JsonNode body = JSON.readTree(request.getBody().readUtf8());
              String to =
                  body.has("openConversationId")
                      ? body.path("openConversationId").asText()
                      : body.path("userIds").toString();
              String text = JSON.readTree(body.path("msgParam").asText()).path("text").asText();
              if (to.equals("cid-zhengyuan-personnel")
                  && text.contains("二年级1班")
                  && refused.compareAndSet(0, 1)) {
                return new MockResponse()
                    .setResponseCode(400)
                    .setHeader("Content-Type", "application/json")
                    .setBody(
                        "{\"code\":\"invalidParameter\",\"message\":\"refused once by the test\",\"requestid\":\"t\"}");
              }
              sent.add(new Sent(path, to, text));
            } catch (IOException e) {
              return new MockResponse().setResponseCode(400);
            }
            return json(
                "{\"processQueryKey\":\"crash-test\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}");
          }
        });
    dingTalk.start(java.net.InetAddress.getLoopbackAddress(), 0);
    Files.createDirectories(WORK);
  }

  @AfterEach
  void stopAll() throws IOException {
    for (Process child : children) {
      child.destroyForcibly();
    }
    dingTalk.shutdown();
  }

  @Test
  void anAlertWhoseListenerWasKilledAfterTheAnswersCommitIsSentOnceAfterTheRestart()
      throws Exception {
    RoundFixture fixture = new RoundFixture(jdbc, roster, directory, "zhengyuan");
    long round = fixture.openRound(LocalDate.of(2031, 6, 2));
    long classId = fixture.classId("二年级", "1班");
    fixture.expectClass(round, classId);
    Person student = fixture.studentsOf(classId).get(0);
    String teacher = fixture.classTeacherUserId(classId);

    Process first =
        start(
            "first",
            "--crash.round=" + round,
            "--crash.student=" + student.id(),
            "--crash.guardian=" + fixture.firstGuardianOf(student.id()));
    awaitLine("first", CrashingChenbao.HELD);
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    assertThat(
            jdbc.queryForObject(
                "SELECT revision FROM answers WHERE round_id = ? AND subject_id = ?",
                Integer.class,
                round,
                student.id()))
        .as("the answer was committed")
        .isEqualTo(1);
    assertThat(incompletePublications(round))
        .as("its event publication is left incomplete")
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM anomalies WHERE round_id = ?", Integer.class, round))
        .as("the listener never ran")
        .isZero();
    assertThat(sent).isEmpty();

    Process second =
        start(
            "second",
            "--chenbao.delivery.retry-interval=1s",
            "--chenbao.delivery.first-retry-after=1s");
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                incompletePublications(round) == 0
                    && jdbc.queryForObject(
                            "SELECT COUNT(*) FROM deliveries WHERE round_id = ? AND kind = 'alert'"
                                + " AND status = 'sent'",
                            Integer.class,
                            round)
                        == 4);
    second.destroy();
    second.waitFor(30, TimeUnit.SECONDS);

    assertThat(refused).as("the first post to personnel was refused").hasValue(1);
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(recipient_address, '=', attempts) FROM deliveries WHERE round_id = ?"
                    + " AND kind = 'alert' AND recipient_kind = 'group' ORDER BY recipient_address",
                String.class,
                round))
        .containsExactly("leadership=1", "logistics=1", "personnel=2");
    assertThat(
            jdbc.queryForObject(
                "SELECT attempts FROM deliveries WHERE round_id = ? AND kind = 'alert'"
                    + " AND recipient_kind = 'staff'",
                Integer.class,
                round))
        .isEqualTo(1);
    assertThat(sentTo("cid-zhengyuan-personnel"))
        .singleElement()
        .satisfies(text -> assertThat(text).contains(student.name(), "38.6"));
    assertThat(sentTo("cid-zhengyuan-logistics"))
        .singleElement()
        .satisfies(text -> assertThat(text).contains(student.name(), "临时隔离室"));
    assertThat(sentTo("cid-zhengyuan-leadership"))
        .singleElement()
        .satisfies(text -> assertThat(text).contains("二年级1班").doesNotContain(student.name()));
    assertThat(sentTo("[\"" + teacher + "\"]"))
        .singleElement()
        .satisfies(text -> assertThat(text).contains(student.name()));
  }

  /** What the stand-in received for one group or person about this test's class. */
  private List<String> sentTo(String to) {
    return sent.stream()
        .filter(s -> s.to().equals(to) && s.text().contains("二年级1班"))
        .map(Sent::text)
        .toList();
  }

  private int incompletePublications(long round) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL"
            + " AND SERIALIZED_EVENT LIKE ?",
        Integer.class,
        "%\"roundId\":" + round + ",%");
  }

  private Process start(String name, String... extra) throws Exception {
    HikariDataSource db = dataSource.unwrap(HikariDataSource.class);
    String api = "http://127.0.0.1:" + dingTalk.getPort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                CrashingChenbao.class.getName(),
                "--spring.datasource.url=" + db.getJdbcUrl(),
                "--spring.datasource.username=" + db.getUsername(),
                "--spring.datasource.password=" + db.getPassword(),
                "--chenbao.data-dir=" + WORK.resolve("data"),
                "--chenbao.sandbox.enabled=false",
                "--chenbao.scheduler.enabled=false",
                "--chenbao.dingtalk.app-key=dingcrashtestkey",
                "--chenbao.dingtalk.app-secret=crash-test-secret",
                "--chenbao.dingtalk.robot-code=dingcrashtestrobot",
                "--chenbao.dingtalk.api-base-url=" + api,
                "--chenbao.dingtalk.oapi-base-url=" + api,
                "--chenbao.delivery.queue-poll-interval=200ms",
                "--spring.modulith.events.republish-outstanding-events-on-restart=true",
                "--server.port=0",
                "--management.server.port=-1"));
    command.addAll(List.of(extra));
    Process child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve(name + ".log").toFile())
            .start();
    children.add(child);
    return child;
  }

  private void awaitLine(String name, String line) {
    Path log = WORK.resolve(name + ".log");
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line));
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }
}
