package com.chenbao.schoolconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A school file's dingtalk section: a school's own DingTalk app, its secret only by variable. */
class DingTalkSectionTests {

  private static final MessageTexts TEXTS = new MessageTexts(new TemplateProperties(null));
  private static final Map<String, String> ENV = Map.of("T_APP_SECRET", "s3cr3t-value");

  private static String withSection(String section) {
    return SchoolFiles.small("t-app") + section;
  }

  private static List<String> chineseErrors(String yaml) {
    InvalidSchoolConfigException e =
        catchThrowableOfType(
            InvalidSchoolConfigException.class, () -> SchoolFiles.parser(ENV).parse("t.yml", yaml));
    assertThat(e).as("expected the file to be rejected").isNotNull();
    return e.errors().stream()
        .map(
            error -> error.entry() + ": " + TEXTS.render(error.mistake().textKey(), error.values()))
        .toList();
  }

  @Test
  void aCompleteSectionKeepsTheVariableNameNeverTheSecret() {
    SchoolFile file =
        SchoolFiles.parser(ENV)
            .parse(
                "t.yml",
                withSection(
                    """
        dingtalk:
          corpId: dingcorp01
          appKey: dingappkey01
          appSecret: ${T_APP_SECRET}
          robotCode: dingrobot01
          agentId: "123456789"
        """));

    assertThat(file.dingtalk())
        .isEqualTo(
            new SchoolFile.DingTalkAppDefinition(
                "dingcorp01", "dingappkey01", "T_APP_SECRET", "dingrobot01", "123456789"));
    assertThat(file.dingtalk().toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void withoutASectionTheSchoolUsesTheProcessWideApp() {
    assertThat(SchoolFiles.parser(ENV).parse("t.yml", SchoolFiles.small("t-app")).dingtalk())
        .isNull();
  }

  @Test
  void anAppKeyWithoutSecretIsHalfConfigured() {
    assertThat(
            chineseErrors(
                withSection("dingtalk: {appKey: dingappkey01, robotCode: dingrobot01}\n")))
        .containsExactly("dingtalk: 学校自己的钉钉应用需要同时填写 appKey 和 appSecret，缺少 appSecret");
    assertThat(chineseErrors(withSection("dingtalk: {appSecret: \"${T_APP_SECRET}\"}\n")))
        .containsExactly("dingtalk: 学校自己的钉钉应用需要同时填写 appKey 和 appSecret，缺少 appKey");
    assertThat(chineseErrors(withSection("dingtalk: {corpId: dingcorp01, agentId: \"12\"}\n")))
        .containsExactly("dingtalk: 学校自己的钉钉应用需要同时填写 appKey 和 appSecret，缺少 appKey, appSecret");
  }

  @Test
  void aSecretWrittenIntoTheFileIsRefusedWithoutRepeatingIt() {
    List<String> errors =
        chineseErrors(withSection("dingtalk: {appKey: dingappkey01, appSecret: plainSecret99}\n"));

    assertThat(errors)
        .containsExactly(
            "dingtalk.appSecret: 应用密钥不能直接写在文件里，请写成环境变量，例如"
                + " ${T_APP_DINGTALK_APP_SECRET}，并在服务的环境中设置该变量");
    assertThat(String.join("\n", errors)).doesNotContain("plainSecret99");
  }

  @Test
  void anUnsetVariableAndBadIdsAreReported() {
    assertThat(
            chineseErrors(
                withSection(
                    """
        dingtalk:
          appKey: "ding app"
          appSecret: ${NOT_SET_ANYWHERE}
          agentId: agent-7
          colour: blue
        """)))
        .containsExactlyInAnyOrder(
            "dingtalk.appKey: “ding app”不是有效的钉钉标识（1-64 个字符：字母、数字、- 和 _）",
            "dingtalk.appSecret: 环境变量 NOT_SET_ANYWHERE 未设置（也没有给出默认值）",
            "dingtalk.agentId: “agent-7”不是有效的 agentId（只能是数字）",
            "dingtalk.colour: 无法识别的键“colour”（可用的键：corpId, appKey, appSecret, robotCode, agentId），请检查拼写");
  }
}
