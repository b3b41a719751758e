package com.chenbao.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.calendar.RoundStep;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.Rounds;
import com.chenbao.sandbox.SandboxCallbackSender;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.sandbox.SandboxMessage;
import com.chenbao.schoolday.RoundSteps;
import com.chenbao.testkit.TestClock;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Parents and teachers talking to the bot through the sandbox DingTalk (real signed callbacks),
 * real database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ConversationTestBeans.class)
class ConversationHandlerIntegrationTests {

  @Autowired SandboxCallbackSender dingtalk;
  @Autowired SandboxChats chats;
  @Autowired RoundSteps steps;
  @Autowired SchoolDirectory directory;
  @Autowired RosterImporter importer;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired Rounds rounds;
  @Autowired TestClock clock;

  @Test
  void aOneChildGuardiansTemperatureIsRecordedWithAReceipt() {
    ConversationSchool s = pushed("cv-one");

    String reply = say(s.user("lina"), "36.5");

    assertThat(reply)
        .startsWith("已记录，谢谢！")
        .contains("张小明：体温 36.5℃")
        .doesNotContain("绿码")
        .doesNotContain("无不适");
    assertThat(answers(s))
        .containsExactly(
            Map.of(
                "student_no",
                "2020001",
                "temperature",
                new BigDecimal("36.5"),
                "revision",
                1,
                "late",
                false));
  }

  @Test
  void aTwoChildGuardianNamesEachChildOrIsAskedWhichChild() {
    ConversationSchool s = pushed("cv-two");

    String unassigned = say(s.user("chenjing"), "36.5 36.8");
    assertThat(unassigned).startsWith("您有 2 个孩子要报：陈小雨、陈小雪。这条是哪个孩子的？");
    assertThat(answers(s)).isEmpty();

    String named = say(s.user("chenjing"), "大宝36.5 小宝36.8");
    assertThat(named).contains("陈小雨：体温 36.5℃").contains("陈小雪：体温 36.8℃");
    assertThat(answers(s))
        .extracting(row -> row.get("student_no") + " " + row.get("temperature"))
        .containsExactly("2020005 36.5", "2020006 36.8");
  }

  @Test
  void anOutOfRangeTemperatureIsAskedAgainAndNothingIsStored() {
    ConversationSchool s = pushed("cv-range");

    assertThat(say(s.user("lina"), "46"))
        .isEqualTo("「46」不像是体温（应在 35.0～42.0℃ 之间）。请再发一次体温，例如「36.5」。");
    assertThat(answers(s)).isEmpty();
  }

  @Test
  void aCorrectionIsTheSecondRevisionAndAnotherGuardianDoesNotOverwriteWithoutIt() {
    ConversationSchool s = pushed("cv-correct");
    say(s.user("lina"), "36.5");

    String other = say(s.user("zhangwei"), "36.6");
    assertThat(other).startsWith("张小明今天的晨报已由母亲报过：体温 36.5℃。");
    assertThat(answers(s))
        .extracting(row -> row.get("temperature") + " r" + row.get("revision"))
        .containsExactly("36.5 r1");

    String corrected = say(s.user("zhangwei"), "更正 36.9");
    assertThat(corrected).startsWith("已更正，以这次为准：").contains("张小明：体温 36.9℃");
    assertThat(answers(s))
        .extracting(row -> row.get("temperature") + " r" + row.get("revision"))
        .containsExactly("36.9 r2");
  }

  @Test
  void anAnswerAfterTheCloseIsStoredLate() {
    ConversationSchool s = pushed("cv-late");
    clock.setShanghai(ConversationSchool.DATE.atTime(8, 30));
    steps.run(s.code(), ConversationSchool.FORM, ConversationSchool.DATE, RoundStep.CLOSE);

    String reply = say(s.user("lina"), "37.8 咳嗽");

    assertThat(reply)
        .startsWith("今天的晨报 8:00 已截止，这次记为补报。")
        .contains("张小明：体温 37.8℃，干咳")
        .contains("按学校要求");
    assertThat(answers(s)).extracting(row -> row.get("late")).containsExactly(true);
  }

  @Test
  void aStaffMemberAnswersForThemself() {
    ConversationSchool s = pushed("cv-staff");

    assertThat(say(s.teacher("zhao"), "36.4")).contains("赵老师：体温 36.4℃");
    assertThat(
            jdbc.queryForList(
                "SELECT a.answered_by_kind, st.name FROM answers a JOIN staff st ON st.id = a.subject_id"
                    + " WHERE a.round_id = ? AND a.subject_kind = 'staff'",
                s.roundId(rounds)))
        .containsExactly(Map.of("answered_by_kind", "staff", "name", "赵老师"));
  }

  @Test
  void aClassTeacherSeesOnlyTheUnansweredOfTheirClassAndTheTally() {
    ConversationSchool s = pushed("cv-missing");
    say(s.user("lina"), "正常");
    say(s.user("chenjing"), "全家正常");

    String missing = say(s.teacher("wang"), "未报");
    assertThat(missing)
        .startsWith("**一年级1班晨报未报 2 人**（截至 7:00）")
        .contains("- 王小虎：父亲 13800000003")
        .contains("- 刘小丽：母亲 13800000004")
        .doesNotContain("张小明")
        .doesNotContain("陈小雨");
    assertThat(say(s.teacher("zhao"), "未报")).isEqualTo("**一年级2班** 今天的晨报已经全部报齐，辛苦了！");

    assertThat(say(s.teacher("wang"), "统计"))
        .startsWith("**一年级1班 今日晨报**（3月4日 周一）")
        .contains("应报 **3** 人，已报 **1** 人")
        .contains("未报 **2** 人，异常 **0** 人");
  }

  @Test
  void remindSendsToTheClassesUnansweredGuardiansAtMostOncePerTenMinutes() {
    ConversationSchool s = pushed("cv-remind");
    say(s.user("lina"), "正常");
    int wangqiangBefore = chats.sentToUser(s.user("wangqiang")).size();

    assertThat(say(s.teacher("wang"), "提醒")).isEqualTo("已给 2 位家长再发了一次提醒（王小虎、刘小丽）。");
    assertThat(chats.sentToUser(s.user("wangqiang"))).hasSize(wangqiangBefore + 1);
    assertThat(last(s.user("wangqiang")).text()).contains("还没有报完").doesNotContain("王小虎");
    assertThat(chats.sentToUser(s.user("chenjing"))).as("another class").hasSize(1);
    assertThat(chats.sentToUser(s.user("zhangwei"))).as("answered").hasSize(1);

    clock.advanceMinutes(5);
    assertThat(say(s.teacher("wang"), "提醒")).isEqualTo("7:00 刚提醒过，给家长一点时间回复吧，请 10 分钟后再试。");
    assertThat(chats.sentToUser(s.user("wangqiang"))).hasSize(wangqiangBefore + 1);

    clock.advanceMinutes(6);
    assertThat(say(s.teacher("wang"), "提醒")).startsWith("已给 2 位家长");
    assertThat(chats.sentToUser(s.user("wangqiang"))).hasSize(wangqiangBefore + 2);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM deliveries WHERE round_id = ? AND kind = 'class_remind'"
                    + " AND status = 'sent'",
                Integer.class,
                s.roundId(rounds)))
        .isEqualTo(4);
  }

  @Test
  void aParentCannotUseTeacherCommandsAndGetsTheirHelp() {
    ConversationSchool s = pushed("cv-parent");

    // A guardian never gets a class teacher's text: the words are not commands for them.
    assertThat(say(s.user("lina"), "未报")).startsWith("抱歉，没看懂这条回复。");
    assertThat(say(s.user("lina"), "提醒")).startsWith("抱歉，没看懂这条回复。");
    assertThat(say(s.user("lina"), "帮助")).startsWith("**晨报怎么回复**").contains("每天 **8:00** 截止");
    assertThat(say(s.teacher("wang"), "帮助")).startsWith("**班主任可以回复：**");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM deliveries WHERE round_id = ? AND kind = 'class_remind'",
                Integer.class,
                s.roundId(rounds)))
        .isZero();
  }

  @Test
  void anAbnormalReportIsStoredAtOnceAndTheFollowUpCompletesTheSameAnswer() {
    ConversationSchool s = pushed("cv-partial");

    String first = say(s.user("lina"), "拉肚子了");
    assertThat(first)
        .startsWith("已记录，谢谢！")
        .contains("张小明：腹泻")
        .contains("还差张小明的体温")
        .contains("按学校要求");
    assertThat(
            jdbc.queryForMap(
                "SELECT a.temperature, a.symptoms, a.health_code, a.given_questions, a.revision"
                    + " FROM answers a WHERE a.round_id = ?",
                s.roundId(rounds)))
        .containsEntry("temperature", null)
        .containsEntry("symptoms", "diarrhea")
        .containsEntry("health_code", null)
        .containsEntry("given_questions", "symptoms")
        .containsEntry("revision", 1);
    com.chenbao.AlertsSettled.inRound(
        jdbc, s.roundId(rounds)); // anomalies are raised after the answer's commit
    assertThat(
            jdbc.queryForList(
                "SELECT kind FROM anomalies WHERE round_id = ?", String.class, s.roundId(rounds)))
        .containsExactly("symptom");

    String second = say(s.user("lina"), "37.9");
    assertThat(second).contains("张小明：体温 37.9℃，腹泻").doesNotContain("还差");
    assertThat(
            jdbc.queryForMap(
                "SELECT a.temperature, a.symptoms, a.revision FROM answers a WHERE a.round_id = ?",
                s.roundId(rounds)))
        .containsEntry("temperature", new BigDecimal("37.9"))
        .containsEntry("symptoms", "diarrhea")
        .containsEntry("revision", 2);
  }

  @Test
  void theAttestationStoresNoTemperatureAndAOneChildGuardianIsNeverAskedWhichChild() {
    ConversationSchool s = pushed("cv-normal");

    assertThat(say(s.user("lina"), "正常")).contains("张小明：全部正常").doesNotContain("36.5");
    assertThat(
            jdbc.queryForMap(
                "SELECT temperature, health_code, all_normal FROM answers WHERE round_id = ?",
                s.roundId(rounds)))
        .containsEntry("temperature", null)
        .containsEntry("health_code", "green")
        .containsEntry("all_normal", true);

    String sentence = say(s.user("wangqiang"), "孩子体温36.6，身体健康，健康码绿码，无外出");
    assertThat(sentence).contains("王小虎：体温 36.6℃，无不适，绿码，14天内未离开本市").doesNotContain("哪个孩子");
  }

  @Test
  void aGuardiansLeaveWordsAreARequestOnTheClassTeachersList() {
    ConversationSchool s = pushed("cv-request");

    // Nothing anomalous here: an alert to the class teacher would arrive beside the reply counted
    // below.
    String reply = say(s.user("wangqiang"), "家里有事，今天请假，36.6");
    assertThat(reply).contains("王小虎：体温 36.6℃").contains("请假已转告班主任：王小虎").doesNotContain("班主任可以回复");
    assertThat(
            jdbc.queryForList(
                "SELECT raw_text FROM leave_requests WHERE round_id = ?",
                String.class,
                s.roundId(rounds)))
        .containsExactly("家里有事，今天请假，36.6");
    assertThat(say(s.teacher("wang"), "未报"))
        .contains("**家长请假留言**")
        .contains("- 王小虎：「家里有事，今天请假，36.6」");
  }

  @Test
  void aTeacherRecordsLeaveForTheirOwnClassOnly() {
    ConversationSchool s = pushed("cv-leave");

    assertThat(say(s.teacher("wang"), "请假 王小虎 2天 发烧")).startsWith("已登记：王小虎 3月4日 周一 至 3月5日 周二 请假");
    assertThat(
            jdbc.queryForList(
                "SELECT reason FROM student_leaves WHERE student_id = ?",
                String.class,
                s.studentId(roster, "2020003")))
        .hasSize(1);
    assertThat(say(s.teacher("wang"), "请假 陈小雨 2天 发烧")).startsWith("本班名单里没有找到「陈小雨」");
    assertThat(
            jdbc.queryForList(
                "SELECT reason FROM student_leaves WHERE student_id = ?",
                String.class,
                s.studentId(roster, "2020005")))
        .isEmpty();
  }

  @Test
  void aSenderNotInAnyRosterIsToldSo() {
    ConversationSchool s = pushed("cv-unknown");
    say(
        s.user("liufang"),
        "你好"); // the sandbox now knows her; then the school removes her DingTalk id
    jdbc.update(
        "UPDATE guardians SET dingtalk_user_id = NULL WHERE school_id = ? AND phone = '13800000004'",
        s.school().id());

    assertThat(say(s.user("liufang"), "36.5")).isEqualTo("抱歉，学校名单里没有找到您。请联系班主任，核对您在学校登记的手机号。");
    assertThat(answers(s)).isEmpty();
  }

  @Test
  void aMessageDeliveredTwiceIsOneAnswerAndOneReceipt() {
    ConversationSchool s = pushed("cv-dup");
    int before = chats.sentToUser(s.user("lina")).size();

    String msgId = "cv-dup-" + java.util.UUID.randomUUID();
    assertThat(dingtalk.sendText(s.user("lina"), "36.7", msgId).status()).isEqualTo(200);
    assertThat(dingtalk.sendText(s.user("lina"), "36.7", msgId).status()).isEqualTo(200);

    assertThat(chats.sentToUser(s.user("lina"))).hasSize(before + 1);
    assertThat(answers(s))
        .extracting(row -> row.get("temperature") + " r" + row.get("revision"))
        .containsExactly("36.7 r1");
  }

  private ConversationSchool pushed(String code) {
    ConversationSchool s = ConversationSchool.create(directory, importer, code);
    clock.setShanghai(ConversationSchool.DATE.atTime(LocalTime.of(7, 0)));
    assertThat(
            steps
                .run(code, ConversationSchool.FORM, ConversationSchool.DATE, RoundStep.PUSH)
                .sent())
        .isEqualTo(7);
    return s;
  }

  @Test
  void theFirstReplyOfTheDayNamesTheChildrenAndTheOneTapAnswersForAllOfThem() {
    ConversationSchool s = pushed("cv-intro");
    SandboxMessage prompt = last(s.user("chenjing"));
    assertThat(prompt.text()).as("the push names nobody").doesNotContain("陈小雨", "陈小雪");
    assertThat(prompt.text()).isEqualTo(last(s.user("lina")).text());

    // The 全部正常 button sends "全部正常" back into the chat: one tap answers for both children.
    String first = sayAsIs(s.user("chenjing"), "全部正常");
    assertThat(first)
        .startsWith("您好，今天请报 **陈小雨、陈小雪** 的健康情况（8:00 截止）。")
        .contains("陈小雨：全部正常")
        .contains("陈小雪：全部正常");
    assertThat(answers(s))
        .extracting(row -> row.get("student_no"))
        .containsExactly("2020005", "2020006");

    String second = sayAsIs(s.user("chenjing"), "更正 大宝36.6");
    assertThat(second).startsWith("已更正").doesNotContain("今天请报");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM guardian_intros WHERE round_id = ?",
                Integer.class,
                s.roundId(rounds)))
        .isEqualTo(1);
  }

  @Test
  void aGuardianWhoWritesBeforeAnythingElseIsToldTheirChildFirst() {
    ConversationSchool s = pushed("cv-intro-one");

    assertThat(sayAsIs(s.user("wangqiang"), "你好"))
        .startsWith("您好，今天请报 **王小虎** 的健康情况（8:00 截止）。\n\n抱歉，没看懂");
    assertThat(sayAsIs(s.user("wangqiang"), "36.6")).startsWith("已记录，谢谢！").contains("王小虎：体温 36.6℃");
    assertThat(sayAsIs(s.teacher("zhao"), "36.4"))
        .as("staff answer for themself")
        .startsWith("已记录");
  }

  /**
   * Sends the text as the user and returns the bot's one reply to it, without the opening that
   * names the children on the first reply of the day (the tests above are about what follows it).
   */
  private String say(String userId, String text) {
    String reply = sayAsIs(userId, text);
    return reply.startsWith("您好，今天请报") ? reply.substring(reply.indexOf("\n\n") + 2) : reply;
  }

  /** Sends the text as the user and returns the bot's one reply to it. */
  private String sayAsIs(String userId, String text) {
    int before = chats.sentToUser(userId).size();
    assertThat(dingtalk.sendText(userId, text).status()).isEqualTo(200);
    List<SandboxMessage> after = chats.sentToUser(userId);
    assertThat(after).as("one reply to " + text).hasSize(before + 1);
    return after.get(after.size() - 1).text();
  }

  private SandboxMessage last(String userId) {
    List<SandboxMessage> messages = chats.sentToUser(userId);
    return messages.get(messages.size() - 1);
  }

  private List<Map<String, Object>> answers(ConversationSchool s) {
    return jdbc.queryForList(
        "SELECT st.student_no, a.temperature, a.revision, a.late FROM answers a"
            + " JOIN students st ON st.id = a.subject_id"
            + " WHERE a.round_id = ? AND a.subject_kind = 'student' ORDER BY st.student_no",
        s.roundId(rounds));
  }
}
