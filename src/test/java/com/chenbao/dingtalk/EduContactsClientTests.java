package com.chenbao.dingtalk;

import static com.chenbao.dingtalk.DingTalkFakes.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.dingtalk.DingTalkFakes.FakeSleeper;
import com.chenbao.roster.HomeSchoolDirectory;
import com.chenbao.roster.HomeSchoolDirectory.EduClass;
import com.chenbao.roster.HomeSchoolDirectory.EduGuardian;
import com.chenbao.roster.HomeSchoolDirectory.EduRelation;
import com.chenbao.roster.HomeSchoolDirectory.EduStudent;
import com.chenbao.roster.HomeSchoolReadFailed;
import com.chenbao.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The home-school contacts reads against a MockWebServer answering as DingTalk's old-style edu API.
 */
class EduContactsClientTests {

  static final String TOKEN = "fc2c0a8e5a1e3b3c9f6f3f5d2a8b7c61";
  static final ObjectMapper JSON = new ObjectMapper();

  final MockWebServer server = new MockWebServer();
  final TestClock clock = new TestClock(Instant.parse("2026-03-01T19:07:00Z"));
  final FakeSleeper sleeper = new FakeSleeper(clock, new AtomicLong(1_000_000_000L));
  final List<String> counted = new CopyOnWriteArrayList<>();
  DingTalkHomeSchoolContacts contacts;

  @BeforeEach
  void start() throws Exception {
    server.start();
    URI base = URI.create(server.url("/").toString());
    DingTalkProperties properties =
        new DingTalkProperties(
            base,
            URI.create(server.url("/oapi").toString()),
            DingTalkFakes.APP_KEY,
            DingTalkFakes.APP_SECRET,
            DingTalkFakes.ROBOT_CODE,
            DingTalkProperties.Inbound.HTTP,
            20,
            10_000,
            Duration.ofSeconds(2),
            Duration.ofSeconds(2));
    contacts =
        new DingTalkHomeSchoolContacts(
            readCounter ->
                EduContactsConfiguration.create(
                    properties,
                    DingTalkFakes.settings(),
                    api -> {
                      counted.add(api);
                      readCounter.recordCall(api);
                    },
                    clock,
                    sleeper,
                    sleeper.nanos::get,
                    new ConcurrentHashMap<>(),
                    OutboundAdapterFactory.webhookHttp(properties)));
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void walksTheTreePageByPageAndFetchesOnlyUnknownGuardiansMobiles() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    for (String answer :
        List.of(
            "dept-list-root-page1",
            "dept-list-root-page2",
            "dept-list-campus",
            "dept-list-grade",
            "user-list-students",
            "relation-list-page1",
            "relation-list-page2",
            "user-get-guardian")) {
      server.enqueue(json(200, "edu-contacts/" + answer + ".json"));
    }

    HomeSchoolDirectory read = contacts.read("zhengyuan", Set.of("par001"), 100);

    assertThat(read.classes()).containsExactly(new EduClass("3001", "1班", List.of("政苑小学", "一年级")));
    assertThat(read.students())
        .containsExactly(
            new EduStudent("stu001", "王小明", "3001", "2026001"),
            new EduStudent("stu002", "李小红", "3001", null));
    assertThat(read.relations())
        .containsExactly(
            new EduRelation("par001", "stu001", "妈妈", "3001"),
            new EduRelation("par002", "stu002", "爸爸", "3001"));
    assertThat(read.guardians())
        .containsExactly(
            new EduGuardian("par001", null, null, List.of("3001")),
            new EduGuardian("par002", "李强", "13900001111", List.of("3001")));
    assertThat(read.calls()).isEqualTo(8);
    assertThat(counted).hasSize(8).doesNotContain(OpenApiCaller.TOKEN_API);

    assertThat(server.takeRequest().getPath()).isEqualTo("/v1.0/oauth2/accessToken");
    RecordedRequest root = server.takeRequest();
    assertThat(root.getMethod()).isEqualTo("POST");
    assertThat(root.getPath()).isEqualTo("/oapi/topapi/edu/dept/list?access_token=" + TOKEN);
    assertThat(body(root)).isEqualTo(JSON.readTree("{\"page_no\":1,\"page_size\":30}"));
    assertThat(body(server.takeRequest()))
        .isEqualTo(JSON.readTree("{\"page_no\":2,\"page_size\":30}"));
    assertThat(body(server.takeRequest()))
        .isEqualTo(JSON.readTree("{\"page_no\":1,\"page_size\":30,\"super_id\":1001}"));
    assertThat(body(server.takeRequest()))
        .isEqualTo(JSON.readTree("{\"page_no\":1,\"page_size\":30,\"super_id\":2001}"));
    RecordedRequest students = server.takeRequest();
    assertThat(students.getPath()).startsWith("/oapi/topapi/edu/user/list?");
    assertThat(body(students))
        .isEqualTo(
            JSON.readTree(
                "{\"page_no\":1,\"page_size\":30,\"class_id\":3001,\"role\":\"student\"}"));
    RecordedRequest relations = server.takeRequest();
    assertThat(relations.getPath()).startsWith("/oapi/topapi/edu/user/relation/list?");
    assertThat(body(relations))
        .isEqualTo(JSON.readTree("{\"page_no\":1,\"page_size\":30,\"class_id\":3001}"));
    assertThat(body(server.takeRequest()).get("page_no").asInt()).isEqualTo(2);
    RecordedRequest get = server.takeRequest();
    assertThat(get.getPath()).startsWith("/oapi/topapi/edu/user/get?");
    assertThat(body(get))
        .isEqualTo(
            JSON.readTree("{\"class_id\":3001,\"userid\":\"par002\",\"role\":\"guardian\"}"));
    assertThat(server.getRequestCount()).isEqualTo(9);
  }

  @Test
  void aPermanentErrorIsNotRetriedAndSaysWhatDingTalkSaid() {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "edu-contacts/no-permission.json"));
    server.enqueue(json(200, "edu-contacts/dept-list-root-page2.json"));

    assertThatThrownBy(() -> contacts.read("zhengyuan", Set.of(), 100))
        .isInstanceOfSatisfying(
            HomeSchoolReadFailed.class,
            e -> {
              assertThat(e.reason()).isEqualTo(HomeSchoolReadFailed.Reason.DINGTALK_ERROR);
              assertThat(e.calls()).isEqualTo(1);
              assertThat(e.getMessage()).contains("60011", "qyapi_addresslist_edu_read");
            });
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void throttledAndServerErrorsAreRetriedAndEachAttemptIsCounted() {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "edu-contacts/qps-limit.json"));
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>bad gateway</html>"));
    server.enqueue(json(200, "edu-contacts/dept-list-root-page2.json"));

    HomeSchoolDirectory read = contacts.read("zhengyuan", Set.of(), 100);

    assertThat(read.classes()).isEmpty();
    assertThat(read.calls()).isEqualTo(3);
    assertThat(sleeper.sleeps).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRefusedTokenIsReplacedOnce() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "edu-contacts/invalid-token.json"));
    server.enqueue(json(200, "oauth2-accessToken/ok-second.json"));
    server.enqueue(json(200, "edu-contacts/dept-list-root-page2.json"));

    assertThat(contacts.read("zhengyuan", Set.of(), 100).classes()).isEmpty();

    server.takeRequest();
    assertThat(server.takeRequest().getPath()).endsWith("access_token=" + TOKEN);
    assertThat(server.takeRequest().getPath()).isEqualTo("/v1.0/oauth2/accessToken");
    assertThat(server.takeRequest().getPath()).doesNotContain(TOKEN);
  }

  @Test
  void stopsAtTheCallBudgetBeforeMakingTheCallBeyondIt() {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "edu-contacts/dept-list-root-page1.json"));
    server.enqueue(json(200, "edu-contacts/dept-list-root-page2.json"));
    server.enqueue(json(200, "edu-contacts/dept-list-campus.json"));

    assertThatThrownBy(() -> contacts.read("zhengyuan", Set.of(), 2))
        .isInstanceOfSatisfying(
            HomeSchoolReadFailed.class,
            e -> {
              assertThat(e.reason()).isEqualTo(HomeSchoolReadFailed.Reason.BUDGET_EXCEEDED);
              assertThat(e.calls()).isEqualTo(2);
            });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  private static JsonNode body(RecordedRequest request) throws Exception {
    return JSON.readTree(request.getBody().readUtf8());
  }
}
