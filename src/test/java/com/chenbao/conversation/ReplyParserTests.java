package com.chenbao.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Form;
import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser's contract as its callers use it; the many spellings are in {@link ReplyTableTests}.
 */
class ReplyParserTests {

  private final ReplyParser parser = Parsers.shipped();
  private final Form form = Parsers.forms().form("morning-report");
  private final MessageTexts texts = new MessageTexts(new TemplateProperties(null));

  @Test
  void theAllNormalButtonAnswersEveryQuestionForEveryone() {
    ParsedReply reply = parser.parse(texts.render("form.button.all-normal-message"), form);

    ParsedReply.Answers answers = (ParsedReply.Answers) reply;
    assertThat(answers.forEveryone()).isTrue();
    assertThat(answers.unassigned()).isFalse();
    assertThat(answers.children().get(0).values()).isEqualTo(form.attestation());
    assertThat(answers.children().get(0).values().temperature()).isNull();
    assertThat(answers.children().get(0).gave("temperature")).isFalse();
  }

  @Test
  void theReportButtonAsksHowToTypeDetails() {
    assertThat(parser.parse(texts.render("form.button.report-message"), form))
        .isEqualTo(ParsedReply.Command.of(CommandKind.REPORT_DETAILS));
  }

  @Test
  void detailsLeaveTheQuestionsNotMentionedUnknown() {
    ChildAnswer answer =
        ((ParsedReply.Answers) parser.parse("37.6 \u6709\u70b9\u54b3\u55fd", form))
            .children()
            .get(0);

    assertThat(answer.values())
        .isEqualTo(
            AnswerValues.none()
                .withTemperature(new BigDecimal("37.6"))
                .withSymptoms(Set.of("dry_cough")));
    assertThat(answer.values().given()).containsExactlyInAnyOrder("temperature", "symptoms");
    assertThat(answer.values().valueOf("health_code")).isNull();
    assertThat(answer.values().valueOf("contact")).isNull();
  }

  @Test
  void valuesWithoutNamesAreUnassignedForTheCallerToPlace() {
    ParsedReply.Answers answers = (ParsedReply.Answers) parser.parse("36.5 37.2", form);

    assertThat(answers.unassigned()).isTrue();
    assertThat(answers.forEveryone()).isFalse();
    assertThat(answers.children())
        .extracting(c -> c.values().temperature())
        .containsExactly(new BigDecimal("36.5"), new BigDecimal("37.2"));
  }

  @Test
  void anAnswerBeforeAnyNameIsForTheChildrenNotNamed() {
    ParsedReply.Answers answers =
        (ParsedReply.Answers) parser.parse("\u5168\u5bb6\u6b63\u5e38 \u5927\u5b9d36.8", form);

    assertThat(answers.unassigned()).isFalse();
    assertThat(answers.forEveryone()).isFalse();
    assertThat(answers.forOthers())
        .get()
        .extracting(ChildAnswer::values)
        .isEqualTo(form.attestation());
    assertThat(answers.children().get(1).child()).isEqualTo(new ChildRef.Position(1));
    assertThat(answers.children().get(1).values().temperature()).isEqualByComparingTo("36.8");
  }

  @Test
  void childRefsResolveAgainstTheChildrenEldestFirst() {
    assertThat(new ChildRef.Position(1).indexAmong(2)).contains(0);
    assertThat(new ChildRef.Position(3).indexAmong(2)).isEmpty();
    assertThat(new ChildRef.Youngest().indexAmong(2)).contains(1);
    assertThat(new ChildRef.Youngest().indexAmong(3)).contains(2);
    assertThat(new ChildRef.Name("\u5c0f\u660e").matches("\u738b\u5c0f\u660e")).isTrue();
    assertThat(new ChildRef.Name("\u5c0f\u660e").indexAmong(2)).isEmpty();
  }

  @Test
  void everyFollowUpHasAMessageText() {
    for (FollowUpReason reason : FollowUpReason.values()) {
      assertThat(texts.has(reason.textKey())).as(reason.name()).isTrue();
    }
  }

  @Test
  void aMissingTemperatureKeepsWhatWasSaid() {
    ParsedReply.FollowUp followUp = (ParsedReply.FollowUp) parser.parse("\u53d1\u70e7", form);

    assertThat(followUp.reason()).isEqualTo(FollowUpReason.MISSING_TEMPERATURE);
    assertThat(followUp.partial().children())
        .singleElement()
        .satisfies(
            child -> {
              assertThat(child.values().temperature()).isNull();
              assertThat(child.values().symptoms()).containsExactly("fever");
            });
  }

  @Test
  void theTemperatureRangeAndTheSymptomWordsComeFromTheForm(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("forms"));
    Files.writeString(
        dir.resolve("forms/morning-report.yml"),
        Files.readString(Path.of("bot-templates/forms/morning-report.yml"))
            .replace("range: {min: 35.0, max: 42.0}", "range: {min: 35.0, max: 41.0}")
            .replace("synonyms: [咽痛, 嗓子疼, 喉咙痛]", "synonyms: [咽痛, 嗓子疼, 喉咙痛, 嗓子哑]"));
    Form edited = Parsers.formsIn(dir).form("morning-report");
    ReplyParser editedParser = Parsers.withTemplates(dir);

    assertThat(editedParser.parse("41.5", edited))
        .isEqualTo(ParsedReply.FollowUp.of(FollowUpReason.TEMPERATURE_OUT_OF_RANGE, "41.5"));
    assertThat(parser.parse("41.5", form)).isInstanceOf(ParsedReply.Answers.class);
    ParsedReply hoarse = editedParser.parse("36.5 \u55d3\u5b50\u54d1", edited);
    assertThat(((ParsedReply.Answers) hoarse).children().get(0).values().symptoms())
        .containsExactly("sore_throat");
  }

  @Test
  void theChildrensNamesOutrankColourWords() {
    List<String> names = List.of("\u738b\u5c0f\u7ea2");

    ParsedReply.Answers answers =
        (ParsedReply.Answers) parser.parse("\u5c0f\u7ea2 36.5", form, names);

    assertThat(answers.children())
        .singleElement()
        .satisfies(
            child -> {
              assertThat(child.child()).isEqualTo(new ChildRef.Name("\u5c0f\u7ea2"));
              assertThat(child.values().valueOf("health_code")).isNull();
              assertThat(child.gave("health_code")).isFalse();
              assertThat(child.values().temperature()).isEqualByComparingTo("36.5");
            });
  }
}
