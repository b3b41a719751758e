package com.chenbao.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.TemplateDocs;
import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every common form text and health-declaration text renders with the documented sample values. */
class TextsRenderingTests {

  private static final MessageTexts TEXTS = new MessageTexts(new TemplateProperties(null));
  private static final Map<String, String> SAMPLES = TemplateDocs.placeholderExamples();

  static Stream<String> formTextKeys() {
    return TEXTS.keys().stream()
        .filter(k -> k.startsWith("form.") || k.startsWith("health-declaration."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formTextKeys")
  void rendersWithNoPlaceholderLeft(String key) {
    Map<String, Object> values = new HashMap<>();
    TEXTS
        .placeholders(key)
        .forEach(
            name -> {
              assertThat(SAMPLES)
                  .as("sample value for {%s} in %s", name, TemplateDocs.FILE)
                  .containsKey(name);
              values.put(name, SAMPLES.get(name));
            });

    String text = TEXTS.render(key, values);

    assertThat(text).isNotBlank().doesNotContainPattern("\\{[A-Za-z][A-Za-z0-9_]*}");
  }

  @Test
  void theGuardianPromptNamesTheDeadlineAndHowToAnswerButNoChild() {
    String prompt =
        TEXTS.render("form.prompt.guardian", Map.of("date", "11月30日 周一", "deadline", "8:00"));

    assertThat(prompt)
        .contains("**8:00**")
        .contains("**全部正常**")
        .contains("37.6 咳嗽")
        .contains("更正 36.9");
    assertThat(TEXTS.placeholders("form.prompt.guardian")).containsOnly("date", "deadline");
    assertThat(TEXTS.placeholders("form.reminder.guardian")).containsOnly("deadline");
  }

  @Test
  void theFirstReplyNamesTheChildren() {
    assertThat(
            TEXTS.render(
                "form.intro.guardian-several",
                Map.of("students", "张小明、张小红", "deadline", "8:00", "example", "小明36.5 小红36.8")))
        .contains("张小明、张小红", "8:00", "小明36.5 小红36.8");
  }

  @Test
  void thereAreTheProductsTextsAtLeast() {
    assertThat(formTextKeys().count()).isGreaterThan(80);
    assertThat(TEXTS.render("form.button.all-normal")).isEqualTo("全部正常");
    assertThat(TEXTS.render("form.button.report")).isEqualTo("有情况要报告");
  }
}
