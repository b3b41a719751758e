package com.chenbao.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.forms.Form;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTests {

  private static final Path SHIPPED = Path.of("bot-templates/conversation/vocabulary.yml");

  @Test
  void theShippedVocabularyLoads() {
    Vocabulary vocabulary = VocabularyLoader.load((Path) null);

    assertThat(vocabulary.digits()).containsEntry("\u4e09", 3).containsEntry("\u4e24", 2);
    assertThat(vocabulary.children().values())
        .contains(new ChildRef.Position(1), new ChildRef.Youngest());
    assertThat(vocabulary.commands())
        .containsOnlyKeys(
            CommandKind.MISSING,
            CommandKind.REMIND,
            CommandKind.TALLY,
            CommandKind.HELP,
            CommandKind.LEAVE);
    assertThat(vocabulary.fields()).containsOnlyKeys("temperature", "symptoms", "health_code");
  }

  @Test
  void everyProblemOfAVocabularyIsReportedAtOnce(@TempDir Path dir) throws IOException {
    String broken =
        Files.readString(SHIPPED)
            .replace("negations: [", "negation-words: [x]\nnegations: [")
            .replace("travel-none: [没出, ", "travel-none: [正常, 没出, ")
            .replace("  ten: [十]", "  ten: []");
    write(dir, broken);

    assertThatThrownBy(() -> VocabularyLoader.load(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("vocabulary.yml: negation-words: unknown key")
        .hasMessageContaining("travel-none: '\u6b63\u5e38' is also listed under all-normal")
        .hasMessageContaining("numbers.ten: a non-empty list of words is required");
  }

  @Test
  void aVocabularyInTheTemplatesDirReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    write(dir, Files.readString(SHIPPED).replace("all-normal: [正常, ", "all-normal: [棒棒的, 正常, "));
    ReplyParser parser = Parsers.withTemplates(dir);
    Form form = Parsers.forms().form("morning-report");

    ParsedReply reply = parser.parse("\u68d2\u68d2\u7684", form);

    assertThat(reply)
        .isEqualTo(
            new ParsedReply.Answers(List.of(new ChildAnswer(null, form.attestation())), false));
    assertThat(Parsers.shipped().parse("\u68d2\u68d2\u7684", form))
        .isEqualTo(new ParsedReply.Unclear());
  }

  @Test
  void aFormWordThatTheVocabularyGivesAnotherMeaningStopsStartUp(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("forms"));
    Files.writeString(
        dir.resolve("forms/morning-report.yml"),
        Files.readString(Path.of("bot-templates/forms/morning-report.yml"))
            .replace("synonyms: [发烧, 发热, 烧,", "synonyms: [发烧, 发热, 烧, 没事,"));

    assertThatThrownBy(() -> Parsers.withTemplates(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Form morning-report and the parser vocabulary disagree")
        .hasMessageContaining("'\u6ca1\u4e8b' means symptom fever and normal");
  }

  private static void write(Path dir, String content) throws IOException {
    Files.createDirectories(dir.resolve("conversation"));
    Files.writeString(dir.resolve(VocabularyLoader.RELATIVE_PATH), content);
  }
}
