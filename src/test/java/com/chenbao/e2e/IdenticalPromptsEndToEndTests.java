package com.chenbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.calendar.RoundStep;
import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.Subject;
import com.chenbao.roster.GradeDefinition;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.AnswerRecorder;
import com.chenbao.rounds.AnswererKind;
import com.chenbao.sandbox.SandboxCallbackSender;
import com.chenbao.sandbox.SandboxCalls;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.sandbox.SandboxMessage;
import com.chenbao.schoolday.RoundSteps;
import com.chenbao.schoolday.StepReport;
import com.chenbao.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The push and the reminders cost one DingTalk call per 20 recipients, counted where the calls
 * arrive: the sandbox's DingTalk stand-in over real HTTP. 45 guardians (one of them with two
 * children in two classes, one child with two guardians) and two class teachers: every guardian
 * gets the one prompt exactly once in ⌈45/20⌉ = 3 batchSend calls, the teachers theirs in one more;
 * the reminder goes only to guardians with a child still unanswered; a guardian's first reply comes
 * over the session webhook, free, naming the children.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdenticalPromptsEndToEndTests {

  static final String SCHOOL = "quota-push";
  static final String FORM = "morning-report";
  static final LocalDate DAY = LocalDate.of(2026, 12, 2); // a Wednesday, a school day
  static final int SINGLE = 42; // guardians g00..g41 of one child each

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    TestClock settableClock() {
      return new TestClock(DAY.atTime(6, 0).atZone(TestClock.SHANGHAI).toInstant());
    }
  }

  @Autowired TestClock clock;
  @Autowired RoundSteps steps;
  @Autowired SchoolDirectory directory;
  @Autowired RosterImporter importer;
  @Autowired AnswerRecorder answers;
  @Autowired FormCatalog forms;
  @Autowired SandboxCallbackSender dingtalk;
  @Autowired SandboxChats chats;
  @Autowired SandboxCalls calls;
  @Autowired JdbcTemplate jdbc;

  @Test
  void onePromptForEveryoneTwentyACallRemindersOnlyToTheMissingAndTheChildrenNamedInTheFreeReply() {
    School school = setUpTheSchool();
    List<String> guardians =
        new ArrayList<>(IntStream.range(0, SINGLE).mapToObj(this::single).toList());
    guardians.addAll(List.of(user("twokids"), user("mum"), user("dad")));

    at(6, 30);
    long batchBefore = calls.calls(SandboxCalls.BATCH_SEND);
    StepReport push = steps.run(SCHOOL, FORM, DAY, RoundStep.PUSH);

    assertThat(push.sent()).isEqualTo(45 + 2);
    assertThat(calls.calls(SandboxCalls.BATCH_SEND) - batchBefore)
        .as("⌈45/20⌉ for guardians + 1 for staff")
        .isEqualTo(3 + 1);
    String prompt = chats.sentToUser(guardians.get(0)).get(0).text();
    for (String guardian : guardians) {
      assertThat(chats.sentToUser(guardian))
          .as(guardian)
          .singleElement()
          .satisfies(m -> assertThat(m.text()).isEqualTo(prompt));
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM deliveries d JOIN rounds r ON r.id = d.round_id"
                    + " WHERE r.school_id = ? AND d.kind = 'prompt' AND d.recipient_kind = 'guardian' AND d.status = 'sent'",
                Integer.class,
                school.id()))
        .as("one row per guardian")
        .isEqualTo(45);
    assertThat(steps.run(SCHOOL, FORM, DAY, RoundStep.PUSH).sent()).as("a second ring").isZero();
    assertThat(calls.calls(SandboxCalls.BATCH_SEND) - batchBefore).isEqualTo(4);

    // Everyone has answered except g40 and g41, 小二 of twokids, and 共同 (whose two guardians both
    // stay missing).
    long roundId = roundId(school);
    for (int i = 0; i < SINGLE - 2; i++) {
      answer(roundId, "S" + i, "1380000" + String.format("%04d", i));
    }
    answer(roundId, "T1", "13900000001");

    at(7, 15);
    long batchBeforeRemind = calls.calls(SandboxCalls.BATCH_SEND);
    StepReport remind = steps.run(SCHOOL, FORM, DAY, RoundStep.REMIND);

    List<String> reminded =
        guardians.stream().filter(g -> chats.sentToUser(g).size() == 2).toList();
    assertThat(reminded)
        .containsExactlyInAnyOrder(
            single(40), single(41), user("twokids"), user("mum"), user("dad"));
    assertThat(remind.sent()).isEqualTo(5 + 2);
    assertThat(calls.calls(SandboxCalls.BATCH_SEND) - batchBeforeRemind)
        .as("5 guardians, 2 teachers")
        .isEqualTo(2);
    assertThat(chats.sentToUser(user("twokids")).get(1).text())
        .isEqualTo(chats.sentToUser(single(40)).get(1).text())
        .doesNotContain("小一", "小二");

    // The guardian of two writes: the reply comes over the session webhook and starts with both
    // children.
    at(7, 20);
    // The sandbox's call counters are shared by every test of this context (other tests' background
    // sends
    // move them), so the reply's cost is read from this school's own deliveries: a batchSend is
    // always one.
    int deliveriesBeforeReply = deliveries(school);
    long sessionBefore = calls.calls(SandboxCalls.SESSION_WEBHOOK);
    String reply = say(user("twokids"), "全部正常");
    assertThat(reply).startsWith("您好，今天请报 **家小一、家小二** 的健康情况").contains("家小二：全部正常");
    assertThat(calls.calls(SandboxCalls.SESSION_WEBHOOK) - sessionBefore).isGreaterThanOrEqualTo(1);
    assertThat(deliveries(school)).as("replies cost nothing").isEqualTo(deliveriesBeforeReply);
    assertThat(say(single(40), "36.6"))
        .startsWith("您好，今天请报 **学生40** 的健康情况")
        .contains("学生40：体温 36.6℃");
    // A later reply that names no child (here: not understood) opens with the children again.
    assertThat(say(user("twokids"), "今天天气不错"))
        .as("every reply says whom it is about")
        .startsWith("您好，今天请报 **家小一、家小二** 的健康情况");
  }

  private int deliveries(School school) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM deliveries d JOIN rounds r ON r.id = d.round_id WHERE r.school_id = ?",
        Integer.class,
        school.id());
  }

  private School setUpTheSchool() {
    School school = directory.ensureSchool(SCHOOL, "配额小学", ZoneId.of("Asia/Shanghai"));
    directory.defineStructure(
        SCHOOL, List.of(new GradeDefinition("一年级", List.of("1班", "2班"), null)));
    List<String> rows = new ArrayList<>();
    rows.add("年级,班级,学号,学生姓名,家长姓名,关系,家长手机号,家长钉钉ID,班主任,班主任钉钉ID");
    for (int i = 0; i < SINGLE; i++) {
      String klass = i % 2 == 0 ? "1班" : "2班";
      String teacher = i % 2 == 0 ? "王老师,t_quota_wang" : "赵老师,t_quota_zhao";
      rows.add(
          "一年级,"
              + klass
              + ",S"
              + i
              + ",学生"
              + i
              + ",家长"
              + i
              + ",母亲,1380000"
              + String.format("%04d", i)
              + ","
              + single(i)
              + ","
              + teacher);
    }
    rows.add("一年级,1班,T1,家小一,家长甲,父亲,13900000001," + user("twokids") + ",王老师,t_quota_wang");
    rows.add("一年级,2班,T2,家小二,家长甲,父亲,13900000001," + user("twokids") + ",赵老师,t_quota_zhao");
    rows.add("一年级,2班,B1,共同,妈妈,母亲,13900000002," + user("mum") + ",赵老师,t_quota_zhao");
    rows.add("一年级,2班,B1,共同,爸爸,父亲,13900000003," + user("dad") + ",赵老师,t_quota_zhao");
    importer.importRoster(
        SCHOOL, "名单.csv", (String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8));
    return school;
  }

  private void answer(long roundId, String studentNo, String guardianPhone) {
    long studentId =
        jdbc.queryForObject(
            "SELECT s.id FROM students s JOIN schools sc ON sc.id = s.school_id"
                + " WHERE sc.code = ? AND s.student_no = ?",
            Long.class,
            SCHOOL,
            studentNo);
    long guardianId =
        jdbc.queryForObject(
            "SELECT g.id FROM guardians g JOIN schools sc ON sc.id = g.school_id"
                + " WHERE sc.code = ? AND g.phone = ?",
            Long.class,
            SCHOOL,
            guardianPhone);
    answers.record(
        roundId,
        Subject.Kind.STUDENT,
        studentId,
        AnswererKind.GUARDIAN,
        guardianId,
        forms.form(FORM).attestation(),
        "全部正常",
        null,
        clock.instant());
  }

  private long roundId(School school) {
    return jdbc.queryForObject(
        "SELECT id FROM rounds WHERE school_id = ? AND form_code = ? AND business_date = ?",
        Long.class,
        school.id(),
        FORM,
        DAY);
  }

  /** Sends the text as the guardian through a signed callback and waits for the bot's one reply. */
  private String say(String userId, String text) {
    int before = chats.sentToUser(userId).size();
    assertThat(dingtalk.sendText(userId, text).status()).isEqualTo(200);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> chats.sentToUser(userId).size() > before);
    List<SandboxMessage> after = chats.sentToUser(userId);
    assertThat(after).hasSize(before + 1);
    return after.get(after.size() - 1).text();
  }

  private String single(int i) {
    return user(String.format("g%02d", i));
  }

  private static String user(String name) {
    return "u_quota_" + name;
  }

  private void at(int hour, int minute) {
    clock.setShanghai(LocalDateTime.of(DAY, LocalTime.of(hour, minute)));
  }
}
