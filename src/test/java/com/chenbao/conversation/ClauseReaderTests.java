package com.chenbao.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.forms.Form;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Negation and household scope, read straight from the tokens of the shipped morning report. */
class ClauseReaderTests {

  private final Vocabulary vocabulary = VocabularyLoader.load((Path) null);
  private final Form form = Parsers.forms().form("morning-report");
  private final Lexicon lexicon = Lexicon.of(vocabulary, form);
  private final Tokenizer tokenizer = new Tokenizer(new NumberReader(vocabulary));

  private Facts read(String reply) {
    return ClauseReader.read(
        tokenizer.tokenize(TextNormalizer.normalize(reply), lexicon, List.of()));
  }

  @Test
  void aNegatedSymptomIsNoSymptom() {
    for (String reply : List.of("不咳嗽", "没有咳嗽", "没咳嗽", "无咳嗽", "没有 咳嗽")) {
      Facts facts = read(reply);
      assertThat(facts.symptoms).as(reply).isEmpty();
      assertThat(facts.negatedSymptoms).as(reply).containsExactly("dry_cough");
    }
  }

  @Test
  void aNegationCoversTheSymptomsAfterItUntilAPunctuationMarkOrAContrast() {
    assertThat(read("没有咳嗽发烧").negatedSymptoms).containsExactly("dry_cough", "fever");
    assertThat(read("不发烧，咳嗽").symptoms).containsExactly("dry_cough");
    assertThat(read("不发烧但是咳嗽").symptoms).containsExactly("dry_cough");
    assertThat(read("不发烧 有点咳嗽").symptoms).containsExactly("dry_cough");
    assertThat(read("不发烧 咳嗽").symptoms)
        .as("a space after a used negation ends it")
        .containsExactly("dry_cough");
  }

  @Test
  void aNegatedGeneralSymptomWordMeansNoSymptoms() {
    assertThat(read("无症状").noSymptoms).isTrue();
    assertThat(read("没有不舒服").noSymptoms).isTrue();
    assertThat(read("有点不舒服").unspecified).isTrue();
    assertThat(read("不正常").unspecified).isTrue();
    assertThat(read("不正常").allNormal).isFalse();
  }

  @Test
  void negatedContactAndTravelAreNo() {
    assertThat(read("无接触").contact).isFalse();
    assertThat(read("接触过确诊").contact).isTrue();
    assertThat(read("没有去过外地").travelNone).isTrue();
    assertThat(read("没有去过外地").travel).isNull();
  }

  @Test
  void symptomsAfterAHouseholdWordAreTheHouseholds() {
    Facts facts = read("家人发烧");
    assertThat(facts.household).isTrue();
    assertThat(facts.symptoms).isEmpty();

    assertThat(read("家人没有发烧").household).isFalse();
    assertThat(read("家人都正常").household).isFalse();
    assertThat(read("家人都正常").allNormal).isFalse();
    Facts afterComma = read("家人正常，咳嗽");
    assertThat(afterComma.household).isFalse();
    assertThat(afterComma.symptoms).containsExactly("dry_cough");
  }
}
