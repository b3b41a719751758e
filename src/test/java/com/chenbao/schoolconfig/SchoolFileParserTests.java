package com.chenbao.schoolconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.chenbao.schoolconfig.ChatBinding.AppRobotChat;
import com.chenbao.schoolconfig.ChatBinding.WebhookChat;
import com.chenbao.schoolconfig.SchoolFile.GroupDefinition;
import com.chenbao.schoolconfig.SchoolFile.ScheduleEntry;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchoolFileParserTests {

  private static List<String> errorsOf(SchoolFileParser parser, String yaml) {
    InvalidSchoolConfigException e =
        catchThrowableOfType(
            InvalidSchoolConfigException.class, () -> parser.parse("bad.yml", yaml));
    assertThat(e).as("expected the file to be rejected").isNotNull();
    assertThat(e.errors()).allSatisfy(error -> assertThat(error.file()).isEqualTo("bad.yml"));
    return e.errors().stream().map(error -> error.entry() + ": " + error.message()).toList();
  }

  @Test
  void aBadFileListsEveryProblemWithItsEntry() {
    String yaml =
        """
        code: Zheng Yuan
        grades:
          - name: 一年级
            classes: [1班, 1班]
          - name: 一年级
            classes: [1班]
        groups:
          - code: leadership
            name: 领导小组
            members:
              - {name: 叶婷, role: 校长}
              - {dingtalkId: zy_x}
            chat:
              robot: {openConversationId: cid-1}
              webhook: {url: "https://x"}
            receives: {tally: district, alerts: [Fever, all]}
          - code: leadership
            name: 人员管理组
            chat:
              webhook: {url: "ftp://example.com/hook", secret: abc}
            receives: {missingNames: true}
        schedule:
          morning-report: {push: "6:30", remind: ["07:50", "07:40"], close: "07:45", tally: "07:44"}
        """;

    assertThat(errorsOf(SchoolFiles.parser(), yaml))
        .containsExactlyInAnyOrder(
            "code: 'Zheng Yuan' is not a valid code (2-64 characters of a-z, 0-9 and -)",
            "name: is required",
            "grades[一年级].classes[1]: duplicate class '1班' in this grade",
            "grades[一年级].name: duplicate grade '一年级'",
            "groups[领导小组].members[0].role: unknown role '校长' (allowed: 组长, 副组长, 成员, 组员, leader, deputy, member)",
            "groups[领导小组].members[1].name: is required",
            "groups[领导小组].chat: give either robot or webhook, not both",
            "groups[领导小组].receives.tally: unknown tally scope 'district' (allowed: none, school, grade, class)",
            "groups[领导小组].receives.alerts[0]: 'Fever' is not an alert kind (a-z and _, at most 32) nor all",
            "groups[人员管理组].code: duplicate group code 'leadership'",
            "groups[人员管理组].chat.webhook.url: must be an http:// or https:// URL",
            "groups[人员管理组].chat.webhook.secret: must be the robot's signing secret, which starts with SEC",
            "groups[人员管理组].receives.missingNames: listing non-responders by name needs names: true",
            "schedule.morning-report.push: '6:30' is not a time of day HH:mm (write it in quotes, e.g. \"07:15\")",
            "schedule.morning-report: steps out of order: remind #2 07:40 must come after remind #1 07:50"
                + " (push < remind < notify-teachers < close <= tally)",
            "schedule.morning-report: steps out of order: close 07:45 must come after notify-teachers 07:50"
                + " (push < remind < notify-teachers < close <= tally)",
            "schedule.morning-report: steps out of order: tally 07:44 must come after close 07:45"
                + " (push < remind < notify-teachers < close <= tally)");
  }

  @Test
  void unknownKeysAreErrorsNotIgnored() {
    String yaml =
        SchoolFiles.small("t-typo").replace("receives: {tally: school", "recieves: {tally: school")
            + "colour: blue\n";

    assertThat(errorsOf(SchoolFiles.parser(), yaml))
        .containsExactlyInAnyOrder(
            "groups[领导小组].recieves: unknown key 'recieves' (allowed: code, name, members, include, chat, receives)",
            "colour: unknown key 'colour' (allowed: code, name, timeZone, dingtalk, grades, groups, schedule)");
  }

  @Test
  void variablesAreReplacedFromTheEnvironmentWithOptionalDefaults() {
    String yaml =
        SchoolFiles.small("t-env")
            .replace("SECabc123", "\"${ROBOT_SECRET}\"")
            .replace("https://oapi.dingtalk.com", "${HOOK_BASE:https://oapi.dingtalk.com}");
    SchoolFile file =
        SchoolFiles.parser(Map.of("ROBOT_SECRET", "SECfromenv")).parse("env.yml", yaml);

    WebhookChat chat = (WebhookChat) file.groups().get(1).chat();
    assertThat(chat.secret()).isEqualTo("SECfromenv");
    assertThat(chat.url()).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=tok-t-env");
    assertThat(chat.toString()).doesNotContain("SECfromenv", "tok-t-env");
  }

  @Test
  void aMissingVariableIsAValidationError() {
    String yaml = SchoolFiles.small("t-env").replace("SECabc123", "\"${ROBOT_SECRET}\"");

    assertThat(errorsOf(SchoolFiles.parser(), yaml))
        .containsExactly(
            "groups[人员管理组].chat.webhook.secret: environment variable ROBOT_SECRET is not set (and no default is given)");
  }

  @Test
  void aValidFileBecomesTheModelWithScheduleDefaults() {
    SchoolFile file = SchoolFiles.parser().parse("small.yml", SchoolFiles.small("t-model"));

    assertThat(file.zone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(file.classCount()).isEqualTo(2);
    GroupDefinition leadership = file.groups().get(0);
    assertThat(leadership.chat()).isEqualTo(new AppRobotChat("cid-t-model-leadership"));
    assertThat(leadership.members())
        .extracting(m -> m.person().name() + ":" + m.role())
        .containsExactly("叶婷:LEADER", "陶洁:DEPUTY");
    assertThat(leadership.receives().tallyScope()).isEqualTo(TallyScope.SCHOOL);
    assertThat(leadership.receives().receivesAlert("fever")).isTrue();
    assertThat(leadership.receives().receivesAlert("cough")).isFalse();
    assertThat(file.groups().get(1).rules())
        .containsExactlyInAnyOrder(MemberRule.CLASS_TEACHERS, MemberRule.GRADE_LEADERS);
    assertThat(file.groups().get(1).receives().receivesAlert("anything")).isTrue();
    // Given: push 06:40, one reminder 07:20; the rest are the product defaults.
    assertThat(file.schedule())
        .extracting(ScheduleEntry::step, ScheduleEntry::seq, ScheduleEntry::at)
        .extracting(Object::toString)
        .containsExactly(
            "(PUSH, 1, 06:40)",
            "(REMIND, 1, 07:20)",
            "(NOTIFY_TEACHERS, 1, 07:50)",
            "(CLOSE, 1, 08:00)",
            "(TALLY, 1, 08:05)");
  }

  @Test
  void theMorningReportScheduleExistsWithoutAScheduleSection() {
    String yaml = "code: t-bare\nname: 空白小学\n";
    SchoolFile file = SchoolFiles.parser().parse("bare.yml", yaml);

    assertThat(file.schedule()).extracting(ScheduleEntry::formCode).containsOnly("morning-report");
    assertThat(file.schedule())
        .extracting(ScheduleEntry::at)
        .containsExactly(
            LocalTime.of(6, 30),
            LocalTime.of(7, 15),
            LocalTime.of(7, 45),
            LocalTime.of(7, 50),
            LocalTime.of(8, 0),
            LocalTime.of(8, 5));
  }

  @Test
  void oneDingtalkIdMustNameOnePerson() {
    String yaml =
        SchoolFiles.small("t-ids")
            .replace(
                "{name: 陶洁, dingtalkId: t-ids_taojie, role: leader}",
                "{name: 陶杰, dingtalkId: t-ids_taojie, role: leader}");

    assertThat(errorsOf(SchoolFiles.parser(), yaml))
        .containsExactly(
            "groups[人员管理组].members[0].dingtalkId: 't-ids_taojie' is already used for 陶洁 elsewhere in the file");
  }

  @Test
  void brokenYamlAndAnEmptyFileAreReported() {
    assertThat(errorsOf(SchoolFiles.parser(), "code: [unclosed\n"))
        .singleElement()
        .asString()
        .contains("not valid YAML");
    assertThat(errorsOf(SchoolFiles.parser(), "")).containsExactly(": the file is empty");
  }

  @Test
  void theDemoSchoolIsValid() {
    SchoolFile demo =
        SchoolFiles.parser().parse("demo", SchoolFiles.classpath("demo/zhengyuan.yml"));

    assertThat(demo.code()).isEqualTo("zhengyuan");
    assertThat(demo.classCount()).isEqualTo(12);
    assertThat(demo.groups())
        .extracting(GroupDefinition::code)
        .containsExactly("leadership", "personnel", "logistics", "teaching", "publicity");
    WebhookChat publicity = (WebhookChat) demo.groups().get(4).chat();
    assertThat(publicity.url())
        .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=zhengyuan-publicity");
    assertThat(demo.groups().get(4).members())
        .extracting(m -> m.role())
        .containsExactly(MemberRole.LEADER, MemberRole.DEPUTY, MemberRole.MEMBER);
  }
}
