package com.chenbao.forms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One question of a form. Its id names the answer field it fills (see {@link AnswerValues}).
 *
 * @param unit shown after a number, e.g. ℃; only for temperature questions
 * @param range accepted values; only (and always) for temperature questions
 * @param normal what the all-normal attestation (zhengchang, the button) says for this question: an
 *     option code (choice), a {@code Set} of option codes (multi-choice), a {@link Boolean}
 *     (yes/no), a text or null (text); always null for a temperature, which is measured, never
 *     attested
 * @param required when an answer is incomplete without this question (the bot then asks for it)
 * @param options the choices of a choice or multi-choice question, else empty
 * @param keywords words in a free-text reply that point at this question (e.g. "contact" in
 *     Chinese), for the parser
 * @param highRiskAreas places whose mention in a text answer raises the travel anomaly; may be
 *     empty
 */
public record Question(
    String id,
    String label,
    QuestionType type,
    @Nullable String unit,
    @Nullable ValueRange range,
    @Nullable Object normal,
    List<Option> options,
    List<String> keywords,
    List<String> highRiskAreas,
    Requirement required) {

  /** When an answer needs this question. */
  public enum Requirement {
    /** Never: the question is answered when the person mentions it. */
    NO,
    /**
     * Unless the person attests that all is well (a temperature: "zhengchang" is enough, "la duzi"
     * is not).
     */
    UNLESS_ATTESTED,
    /** Always, attested or not (a form that needs a measured temperature every day). */
    ALWAYS;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public Question {
    options = List.copyOf(options);
    keywords = List.copyOf(keywords);
    highRiskAreas = List.copyOf(highRiskAreas);
  }

  public Optional<Option> option(String code) {
    return options.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  /** The option whose synonym (or label) is exactly {@code word}, as people type it. */
  public Optional<Option> optionForWord(String word) {
    return options.stream()
        .filter(o -> o.label().equals(word) || o.synonyms().contains(word))
        .findFirst();
  }

  /** The answer as people read it: labels instead of codes, one decimal for temperatures. */
  String display(@Nullable Object value, String listSeparator) {
    if (value instanceof BigDecimal number) {
      return number.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
    if (value instanceof Collection<?> codes) {
      // Option order, not the order people typed, so the same answer always reads the same.
      return options.stream()
          .filter(o -> codes.contains(o.code()))
          .map(Option::label)
          .collect(Collectors.joining(listSeparator));
    }
    if (value instanceof String text && type != QuestionType.TEXT) {
      return option(text).map(Option::label).orElse(text);
    }
    return value == null || value instanceof Boolean ? "" : value.toString();
  }
}
