package com.chenbao.schoolconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import org.junit.jupiter.api.Test;

/**
 * Every mistake a school file can have has its Chinese text, using only values the code supplies.
 */
class SchoolFileMistakeTests {

  private final MessageTexts texts = new MessageTexts(new TemplateProperties(null));

  @Test
  void everyMistakeHasAChineseTextWithKnownPlaceholders() {
    for (SchoolFileMistake mistake : SchoolFileMistake.values()) {
      assertThat(texts.has(mistake.textKey())).as("text %s", mistake.textKey()).isTrue();
      assertThat(mistake.placeholders())
          .as("placeholders of %s", mistake.textKey())
          .containsAll(texts.placeholders(mistake.textKey()));
      java.util.Map<String, String> values = new java.util.HashMap<>();
      mistake.placeholders().forEach(name -> values.put(name, "x"));
      assertThat(texts.render(mistake.textKey(), values))
          .as(mistake.textKey())
          .containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void theEnglishForLogsAndTheValuesForTheChineseTextComeTogether() {
    ConfigError error =
        SchoolFileMistake.UNKNOWN_KEY.at(
            "a.yml", "groups[0].recieves", "key", "recieves", "allowed", "code, name");

    assertThat(error.toString())
        .isEqualTo("a.yml: groups[0].recieves: unknown key 'recieves' (allowed: code, name)");
    assertThat(texts.render(error.mistake().textKey(), error.values()))
        .isEqualTo("无法识别的键“recieves”（可用的键：code, name），请检查拼写");
    assertThatThrownBy(() -> SchoolFileMistake.UNKNOWN_KEY.at("a.yml", "", "key", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
