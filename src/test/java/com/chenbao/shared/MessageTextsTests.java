package com.chenbao.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageTextsTests {

  @Test
  void rendersBuiltInTextsWithNamedPlaceholders() {
    MessageTexts texts = new MessageTexts(new TemplateProperties(null));
    assertThat(texts.render("common.school-unknown", Map.of("school", "abc")))
        .isEqualTo("没有找到学校 abc。");
    assertThat(texts.placeholders("common.school-unknown")).containsExactly("school");
  }

  @Test
  void refusesUnknownKeysAndMissingValues() {
    MessageTexts texts = new MessageTexts(new TemplateProperties(null));
    assertThatThrownBy(() -> texts.render("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> texts.render("common.school-unknown"))
        .hasMessageContaining("{school}");
  }

  @Test
  void filesInTheTemplatesDirOverrideBuiltInTexts(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("texts"));
    Files.writeString(
        dir.resolve("texts/school.yml"), "common:\n  school-unknown: \"查无此校：{school}\"\n");
    MessageTexts texts = new MessageTexts(new TemplateProperties(dir));
    assertThat(texts.render("common.school-unknown", Map.of("school", "x"))).isEqualTo("查无此校：x");
  }

  @Test
  void aFileThatIsNotAMapOfTextsIsRejectedWithItsName(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("texts"));
    Files.writeString(dir.resolve("texts/bad.yml"), "common:\n  school-unknown: [1, 2]\n");
    assertThatThrownBy(() -> new MessageTexts(new TemplateProperties(dir)))
        .hasMessageContaining("bad.yml")
        .hasMessageContaining("common.school-unknown");
  }
}
