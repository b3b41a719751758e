package com.chenbao.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTests {

  private final NumberReader numbers = new NumberReader(VocabularyLoader.load((Path) null));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "36.5 | 36.5 | 1 | NONE | 36.5",
        "36度5 | 36.5 | 1 | NONE | 36度5",
        "36点5 | 36.5 | 1 | NONE | 36点5",
        "36。5 | 36.5 | 1 | NONE | 36。5",
        "'36,5' | 36.5 | 1 | NONE | '36,5'",
        "36.5度 | 36.5 | 1 | TEMPERATURE | 36.5度",
        "38度 | 38 | 0 | TEMPERATURE | 38度",
        "36.5°c | 36.5 | 1 | TEMPERATURE | 36.5°c",
        "36.5摄氏度 | 36.5 | 1 | TEMPERATURE | 36.5摄氏度",
        "三十六度五 | 36.5 | 1 | NONE | 三十六度五",
        "三十六点五 | 36.5 | 1 | NONE | 三十六点五",
        "三六点五 | 36.5 | 1 | NONE | 三六点五",
        "三十七度 | 37 | 0 | TEMPERATURE | 三十七度",
        "三十七度二 | 37.2 | 1 | NONE | 三十七度二",
        "十八 | 18 | 0 | NONE | 十八",
        "三十 | 30 | 0 | NONE | 三十",
        "两天 | 2 | 0 | OTHER | 两天",
        "14天内 | 14 | 0 | OTHER | 14天",
        "365 | 365 | 0 | NONE | 365",
        "36.55 | 36.55 | 2 | NONE | 36.55",
      })
  void readsNumbersAsPeopleWriteThem(
      String text, BigDecimal value, int decimals, NumberReader.Unit unit, String raw) {
    NumberReader.NumberMatch match = numbers.read(text, 0).orElseThrow();

    assertThat(match.value()).isEqualByComparingTo(value);
    assertThat(match.decimals()).isEqualTo(decimals);
    assertThat(match.unit()).isEqualTo(unit);
    assertThat(match.raw()).isEqualTo(raw);
    assertThat(match.end()).isEqualTo(raw.length());
  }

  @ParameterizedTest(name = "{0} is no number")
  @CsvSource({"一下", "一点", "五", "一切正常"})
  void aSingleChineseDigitStaysAWord(String text) {
    assertThat(numbers.read(text, 0)).isEmpty();
  }

  @ParameterizedTest(name = "{0} counts something, it is no temperature")
  @CsvSource({"两个", "两天", "三次"})
  void aSingleChineseDigitWithAUnitCounts(String text) {
    assertThat(numbers.read(text, 0))
        .get()
        .extracting(NumberReader.NumberMatch::unit)
        .isEqualTo(NumberReader.Unit.OTHER);
  }

  @ParameterizedTest(name = "{0}: the comma is a list, not a point")
  @CsvSource(
      delimiter = '|',
      value = {"'36.5,36.8' | 36.5", "'36,37' | 36"})
  void aCommaBeforeSeveralDigitsSeparatesNumbers(String text, BigDecimal first) {
    assertThat(numbers.read(text, 0))
        .get()
        .extracting(NumberReader.NumberMatch::value)
        .isEqualTo(first);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"2, 2", "两, 2", "三, 3", "十, 10", "十五, 15"})
  void readsWholeNumbersForLeaves(String text, int value) {
    assertThat(numbers.readInteger(text, 0)).contains(value);
  }
}
