package com.chenbao.schoolday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.calendar.RoundStep;
import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.Subject;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.AnswerRecorder;
import com.chenbao.rounds.AnswererKind;
import com.chenbao.rounds.Rounds;
import com.chenbao.rounds.StudentLeaves;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.sandbox.SandboxMessage;
import com.chenbao.testkit.RoundSchools;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps of a round against the sandbox DingTalk on the service's own port and the real
 * database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoundStepsIntegrationTests {

  @Autowired RoundSteps steps;
  @Autowired AnswerRecorder answers;
  @Autowired SandboxChats chats;
  @Autowired SchoolDirectory directory;
  @Autowired RosterImporter importer;
  @Autowired StudentLeaves leaves;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired FormCatalog forms;

  @Test
  void pushPromptsEachGuardianOnceAndEachStaffMemberTheSameWordsForAll() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rs-push");

    StepReport report = run(s, RoundStep.PUSH);

    assertThat(report.sent()).isEqualTo(4); // 张伟, 李娜, 王老师, 赵老师
    assertThat(report.undeliverable()).isEqualTo(1); // 王强 has no DingTalk id
    assertThat(report.alreadyDone()).isZero();
    SandboxMessage zhangwei = single(s.user("zhangwei"));
    assertThat(zhangwei.kind()).isEqualTo("actionCard");
    assertThat(zhangwei.title()).isEqualTo("今日晨报（3月4日 周一）");
    assertThat(zhangwei.text())
        .startsWith("家长您好！今天（3月4日 周一）的晨报请在 **8:00** 前完成。")
        .doesNotContain("张小明", "张小红");
    assertThat(zhangwei.buttons())
        .extracting(SandboxMessage.Button::title)
        .containsExactly("全部正常", "有情况要报告");
    // The same words for every guardian (and for every staff member): the ledger sends them 20 a
    // call.
    assertThat(single(s.user("lina")).text()).isEqualTo(zhangwei.text());
    assertThat(chats.sentToUser(s.user("liufang"))).as("her only child is on leave").isEmpty();
    assertThat(single(s.teacher("wang")).text())
        .startsWith("老师您好！今天（3月4日 周一）的晨报")
        .isEqualTo(single(s.teacher("zhao")).text());
    assertThat(
            jdbc.queryForList(
                "SELECT status FROM deliveries WHERE round_id = ? AND recipient_kind = 'guardian'"
                    + " AND recipient_id = ?",
                String.class,
                s.roundId(roundOpener),
                s.guardianId(roster, "13800000003")))
        .containsExactly("undeliverable");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM deliveries WHERE round_id = ? AND status = 'sent'"
                    + " AND process_query_key IS NOT NULL",
                Integer.class,
                s.roundId(roundOpener)))
        .isEqualTo(4);
    assertThat(
            jdbc.queryForList(
                "SELECT subject_kind FROM round_expected WHERE round_id = ? ORDER BY subject_kind",
                String.class,
                s.roundId(roundOpener)))
        .containsExactly("staff", "staff", "student", "student", "student");

    int messagesBefore = chats.all().size();
    StepReport again = run(s, RoundStep.PUSH);

    assertThat(again.sent()).isZero();
    assertThat(again.alreadyDone()).isEqualTo(5);
    assertThat(chats.all()).hasSize(messagesBefore);
  }

  @Test
  void remindGoesOnlyToWhoHasAChildStillUnansweredAndSkipsWhoAnswered() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rs-remind");
    run(s, RoundStep.PUSH);
    long roundId = s.roundId(roundOpener);
    answer(
        roundId,
        Subject.Kind.STUDENT,
        s.studentId(roster, "2020001"),
        AnswererKind.GUARDIAN,
        s.guardianId(roster, "13800000002"));
    answer(
        roundId,
        Subject.Kind.STAFF,
        s.staffId(roster, s.teacher("wang")),
        AnswererKind.STAFF,
        s.staffId(roster, s.teacher("wang")));

    StepReport report = run(s, RoundStep.REMIND);

    assertThat(report.note())
        .isEqualTo("remind #2"); // both of the day's remind times have passed for 2024-03-04
    assertThat(report.sent()).isEqualTo(2); // 张伟 for 张小红, 赵老师
    assertThat(report.undeliverable()).isEqualTo(1); // 王强 for 王小虎
    assertThat(chats.sentToUser(s.user("zhangwei")))
        .hasSize(2)
        .last()
        .satisfies(
            m -> {
              assertThat(m.title()).isEqualTo("晨报提醒");
              assertThat(m.text()).startsWith("家长您好，您家孩子今天的晨报还没有报完哦。").doesNotContain("张小明", "张小红");
            });
    assertThat(chats.sentToUser(s.user("lina"))).as("her only child was answered").hasSize(1);
    assertThat(chats.sentToUser(s.teacher("wang"))).as("answered for himself").hasSize(1);
    assertThat(chats.sentToUser(s.teacher("zhao")))
        .hasSize(2)
        .last()
        .satisfies(m -> assertThat(m.text()).startsWith("老师您好，您今天的晨报还没有报。"));

    int messagesBefore = chats.all().size();
    assertThat(run(s, RoundStep.REMIND).sent()).isZero();
    assertThat(chats.all()).hasSize(messagesBefore);
  }

  @Test
  void eachClassTeacherGetsTheirClassesMissingStudentsWithPhonesAndTheUnreachableGuardians() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rs-notify");
    run(s, RoundStep.PUSH);
    answer(
        s.roundId(roundOpener),
        Subject.Kind.STUDENT,
        s.studentId(roster, "2020002"),
        AnswererKind.GUARDIAN,
        s.guardianId(roster, "13800000001"));

    StepReport report = run(s, RoundStep.NOTIFY_TEACHERS);

    assertThat(report.sent()).isEqualTo(2);
    SandboxMessage wang = chats.sentToUser(s.teacher("wang")).get(1);
    assertThat(wang.kind()).isEqualTo("markdown");
    assertThat(wang.title()).isEqualTo("一年级1班晨报未报 2 人");
    assertThat(wang.text())
        .startsWith("**一年级1班晨报未报 2 人**（截至 ")
        // 父亲 answered for 2020002 (another of his children); 母亲 got the prompt; 王强 has no DingTalk.
        .contains(
            "- 张小明：父亲 13800000001（已报其他孩子）、母亲 13800000002（钉钉已送达）\n" + "- 王小虎：父亲 13800000003（未送达）\n")
        .contains(
            "**以下家长还没有收到今天的晨报，请电话联系，或把各自的填报链接转发给他们（短信、微信都可以）：**\n\n"
                + "- 王小虎：父亲 13800000003\n  填报链接：http://127.0.0.1:")
        .doesNotContain("刘小丽");
    SandboxMessage zhao = chats.sentToUser(s.teacher("zhao")).get(1);
    assertThat(zhao.text()).isEqualTo("**一年级2班** 今天的晨报已经全部报齐，辛苦了！");

    assertThat(run(s, RoundStep.NOTIFY_TEACHERS).alreadyDone()).isEqualTo(2);
    assertThat(chats.sentToUser(s.teacher("wang"))).hasSize(2);
  }

  @Test
  void afterTheCloseEachClassTeacherGetsTheClassTallyWithItsAnomalies() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rs-tally");
    run(s, RoundStep.PUSH);
    long roundId = s.roundId(roundOpener);
    long xiaoming = s.studentId(roster, "2020001");
    answers.record(
        roundId,
        Subject.Kind.STUDENT,
        xiaoming,
        AnswererKind.GUARDIAN,
        s.guardianId(roster, "13800000001"),
        forms
            .form(RoundSchools.FORM)
            .attestation()
            .withTemperature(new java.math.BigDecimal("38.2")),
        "38.2",
        null,
        RoundSchools.DATE.atTime(7, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    com.chenbao.AlertsSettled.inRound(
        jdbc, roundId); // the fever alert (raised after the commit) comes first
    run(s, RoundStep.CLOSE);

    StepReport report = run(s, RoundStep.TALLY);

    assertThat(report.sent()).isEqualTo(2);
    assertThat(report.note()).isEqualTo("0 groups, 2 class teachers");
    // The fever alert to the class teacher goes out from the alert outbox's thread, before or after
    // the tally.
    SandboxMessage wang =
        chats.sentToUser(s.teacher("wang")).stream()
            .filter(m -> "3月4日 周一 晨报统计".equals(m.title()))
            .findFirst()
            .orElseThrow();
    assertThat(wang.text())
        .isEqualTo(
            "**一年级1班 今日晨报**（3月4日 周一）\n\n"
                + "学生应报 **2** 人，已报 **1** 人，未报 **1** 人，异常 **1** 人\n- 张小明：发热，体温 38.2℃");
    assertThat(chats.sentToUser(s.teacher("zhao")).get(1).text())
        .contains("应报 **1** 人，已报 **0** 人")
        .contains("异常 **0** 人");
    assertThat(run(s, RoundStep.TALLY).alreadyDone()).isEqualTo(2);
  }

  @Test
  void closeClosesOnceAndLaterStepsSendNothing() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rs-close");

    StepReport closed = run(s, RoundStep.CLOSE);
    StepReport again = run(s, RoundStep.CLOSE);
    StepReport push = run(s, RoundStep.PUSH);

    assertThat(closed.note()).isEqualTo("round closed");
    assertThat(again.alreadyDone()).isEqualTo(1);
    assertThat(
            jdbc.queryForMap(
                "SELECT status, closed_at FROM rounds WHERE id = ?", s.roundId(roundOpener)))
        .containsEntry("status", "closed")
        .extractingByKey("closed_at")
        .isNotNull();
    assertThat(push.sent()).isZero();
    assertThat(push.note()).startsWith("round closed at ");
    assertThat(chats.sentToUser(s.user("zhangwei"))).isEmpty();
  }

  @Test
  void aSkippedRoundSendsNothingAndARoundWhosePromptWentOutIsNotSkipped() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rs-skip");

    steps.skip(s.code(), RoundSchools.FORM, RoundSchools.DATE, "school closed");
    StepReport push = run(s, RoundStep.PUSH);
    steps.run(s.code(), RoundSchools.FORM, RoundSchools.DATE.plusDays(1), RoundStep.PUSH);
    steps.skip(s.code(), RoundSchools.FORM, RoundSchools.DATE.plusDays(1), "too late");

    assertThat(
            jdbc.queryForMap(
                "SELECT status, skip_reason FROM rounds WHERE id = ?", s.roundId(roundOpener)))
        .isEqualTo(Map.of("status", "skipped", "skip_reason", "school closed"));
    assertThat(push.sent()).isZero();
    assertThat(push.note()).isEqualTo("round skipped: school closed");
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM rounds WHERE school_id = ? AND business_date = ?",
                String.class,
                s.school().id(),
                RoundSchools.DATE.plusDays(1)))
        .isEqualTo("open");
    assertThat(chats.sentToUser(s.user("zhangwei"))).hasSize(1);
  }

  @Test
  void unknownSchoolOrFormIsRefused() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rs-refuse");

    assertThatThrownBy(
            () -> steps.run("rs-nowhere", RoundSchools.FORM, RoundSchools.DATE, RoundStep.PUSH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rs-nowhere");
    assertThatThrownBy(() -> steps.run(s.code(), "no-such-form", RoundSchools.DATE, RoundStep.PUSH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-form");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rounds WHERE school_id = ?", Integer.class, s.school().id()))
        .isZero();
  }

  @Test
  void theRoundIsOpenedOnceEvenWhenStepsRaceForIt() throws Exception {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rs-race");
    RoundOpenerAccess opener = new RoundOpenerAccess();
    List<Thread> threads =
        java.util.stream.IntStream.range(0, 4)
            .mapToObj(i -> new Thread(() -> opener.open(s)))
            .toList();

    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }

    assertThat(opener.errors).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rounds WHERE school_id = ?", Integer.class, s.school().id()))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM round_expected WHERE round_id = ?",
                Integer.class,
                s.roundId(roundOpener)))
        .isEqualTo(5);
  }

  @Autowired Rounds roundOpener;

  /** Opens the round from several threads and keeps what they threw. */
  private class RoundOpenerAccess {
    final List<Throwable> errors =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    void open(RoundSchools s) {
      try {
        roundOpener.open(s.school().id(), forms.form(RoundSchools.FORM), RoundSchools.DATE);
      } catch (Throwable t) {
        errors.add(t);
      }
    }
  }

  private StepReport run(RoundSchools s, RoundStep step) {
    return steps.run(s.code(), RoundSchools.FORM, RoundSchools.DATE, step);
  }

  private SandboxMessage single(String userId) {
    List<SandboxMessage> received = chats.sentToUser(userId);
    assertThat(received).as("messages to %s", userId).hasSize(1);
    return received.get(0);
  }

  private void answer(long roundId, Subject.Kind kind, long subjectId, AnswererKind by, long byId) {
    answers.record(
        roundId,
        kind,
        subjectId,
        by,
        byId,
        forms.form(RoundSchools.FORM).attestation(),
        "ok",
        null,
        RoundSchools.DATE.atTime(7, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
