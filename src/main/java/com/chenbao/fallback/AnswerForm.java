package com.chenbao.fallback;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Form;
import com.chenbao.forms.Option;
import com.chenbao.forms.Question;
import com.chenbao.forms.QuestionType;
import com.chenbao.forms.ValueRange;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a web form submission into an answer by the form's own definition, with the chat's rules:
 * only what was filled is given (an untouched question stays unknown); the attestation (all normal)
 * is the form's attestation and stores no temperature; a temperature outside the question's range,
 * an option the question does not have, or an incomplete answer (the form's required questions) is
 * refused with a Chinese message and stores nothing.
 */
final class AnswerForm {

  /** The value of a multi-choice question meaning "none of these". */
  static final String NONE = "none";

  static final String YES = "yes";
  static final String NO = "no";
  private static final int MAX_TEXT = 100;

  /** The answer read, or the Chinese message saying what to fix. */
  record Read(@Nullable AnswerValues values, @Nullable String problem) {}

  private final Form form;
  private final FallbackTexts texts;

  AnswerForm(Form form, FallbackTexts texts) {
    this.form = form;
    this.texts = texts;
  }

  Read read(boolean allNormal, JsonNode answers) {
    AnswerValues details = AnswerValues.none();
    for (Question q : form.questions()) {
      JsonNode raw = answers.path(q.id());
      if (raw.isMissingNode() || raw.isNull()) {
        continue;
      }
      try {
        details = given(details, q, raw);
      } catch (Refused refused) {
        return new Read(null, refused.getMessage());
      }
    }
    AnswerValues values = allNormal ? form.merge(form.attestation(), details) : details;
    if (values.isEmpty()) {
      return new Read(null, texts.render("fallback.error.empty"));
    }
    List<Question> missing = form.missing(values);
    if (!missing.isEmpty()) {
      String labels =
          missing.stream().map(Question::label).collect(Collectors.joining(texts.separator(form)));
      return new Read(null, texts.render("fallback.error.missing", Map.of("questions", labels)));
    }
    return new Read(values, null);
  }

  private AnswerValues given(AnswerValues values, Question q, JsonNode raw) {
    return switch (q.type()) {
      case TEMPERATURE -> {
        String text = raw.asText("").strip().replace('\uff0e', '.');
        yield text.isEmpty() ? values : values.withTemperature(temperature(q, text));
      }
      case MULTI_CHOICE -> {
        Set<String> codes = new LinkedHashSet<>();
        raw.forEach(c -> codes.add(c.asText()));
        if (codes.isEmpty()) {
          yield values;
        }
        if (codes.contains(NONE)) {
          if (codes.size() > 1) {
            throw new Refused(
                texts.render("fallback.error.none-and-other", Map.of("question", q.label())));
          }
          codes.clear();
        }
        codes.forEach(code -> option(q, code));
        yield with(values, q, codes);
      }
      case CHOICE -> {
        String code = raw.asText("");
        yield code.isEmpty() ? values : with(values, q, option(q, code).code());
      }
      case YES_NO -> {
        String answer = raw.asText("");
        if (answer.isEmpty()) {
          yield values;
        }
        if (!YES.equals(answer) && !NO.equals(answer)) {
          throw new Refused(
              texts.render("fallback.error.bad-choice", Map.of("question", q.label())));
        }
        yield with(values, q, YES.equals(answer));
      }
      case TEXT -> {
        // {"answer": "no"} is "nothing to report" (did not travel); {"answer": "yes", "text":
        // "..."} says what.
        String answer = raw.path("answer").asText("");
        if (answer.isEmpty()) {
          yield values;
        }
        if (NO.equals(answer)) {
          yield with(values, q, null);
        }
        String text = raw.path("text").asText("").strip();
        if (!YES.equals(answer)) {
          throw new Refused(
              texts.render("fallback.error.bad-choice", Map.of("question", q.label())));
        }
        if (text.isEmpty()) {
          throw new Refused(texts.render("fallback.error.travel-place"));
        }
        yield with(values, q, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
      }
    };
  }

  private BigDecimal temperature(Question q, String text) {
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new Refused(texts.render("fallback.error.temperature-format"));
    }
    ValueRange range = q.range();
    if (range != null && !range.contains(number)) {
      throw new Refused(
          texts.render(
              "fallback.error.temperature-range",
              Map.of("min", range.min().toPlainString(), "max", range.max().toPlainString())));
    }
    return number.setScale(1, RoundingMode.HALF_UP);
  }

  private Option option(Question q, String code) {
    return q.option(code)
        .orElseThrow(
            () ->
                new Refused(
                    texts.render("fallback.error.bad-choice", Map.of("question", q.label()))));
  }

  /** The answer fields are fixed (AnswerValues); a form's question id names the one it fills. */
  @SuppressWarnings("unchecked")
  private static AnswerValues with(AnswerValues values, Question q, @Nullable Object value) {
    return switch (q.id()) {
      case "symptoms" -> values.withSymptoms((Set<String>) java.util.Objects.requireNonNull(value));
      case "health_code" -> values.withHealthCode((String) value);
      case "travel" -> values.withTravel((String) value);
      case "contact" -> values.withContact((Boolean) value);
      case "household_symptoms" -> values.withHouseholdSymptoms((Boolean) value);
      default -> throw new IllegalArgumentException("No answer field " + q.id());
    };
  }

  /**
   * The answer as the guardian reads it back: the attestation, then each given question with its
   * value.
   */
  static String describe(Form form, AnswerValues values, FallbackTexts texts) {
    String separator = texts.separator(form);
    List<String> parts = new ArrayList<>();
    if (values.allNormal()) {
      parts.add(texts.render("fallback.page.attested"));
    }
    for (Question q : form.questions()) {
      if (!values.gave(q.id()) || (values.allNormal() && q.type() != QuestionType.TEMPERATURE)) {
        continue;
      }
      Object value = values.valueOf(q.id());
      String shown;
      if (q.type() == QuestionType.TEMPERATURE) {
        shown =
            value == null
                ? texts.render("fallback.page.value-normal")
                : ((BigDecimal) value).setScale(1, RoundingMode.HALF_UP).toPlainString()
                    + (q.unit() == null ? "" : q.unit());
      } else if (value instanceof Set<?> codes) {
        shown =
            codes.isEmpty()
                ? texts.render("fallback.page.none")
                : q.options().stream()
                    .filter(o -> codes.contains(o.code()))
                    .map(Option::label)
                    .collect(Collectors.joining(separator));
      } else if (value instanceof Boolean yes) {
        shown = texts.render(yes ? "fallback.page.answer-yes" : "fallback.page.answer-no");
      } else if (value == null) {
        shown = texts.render("fallback.page.none");
      } else if (q.type() == QuestionType.CHOICE) {
        shown = q.option(value.toString()).map(Option::label).orElse(value.toString());
      } else {
        shown = value.toString();
      }
      parts.add(
          texts.render("fallback.page.value-line", Map.of("label", q.label(), "value", shown)));
    }
    return String.join(texts.render("form.format.clause-separator"), parts);
  }

  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }
}
