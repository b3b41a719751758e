package com.chenbao.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and checks one entry of a form's {@code questions} list. */
final class QuestionReader {

  private static final List<String> COMMON_KEYS =
      List.of("id", "label", "type", "keywords", "required");

  private QuestionReader() {}

  static @Nullable Question read(YamlEntry entry) {
    if (!entry.isMap()) {
      return null;
    }
    String id = entry.get("id").text();
    String label = entry.get("label").text();
    QuestionType type = entry.get("type").oneOf(QuestionType.class, QuestionType::code);
    if (type == null) {
      entry.allowOnly(allKeys());
      return null;
    }
    entry.allowOnly(keysFor(type));
    checkAnswerField(entry, id, type);
    List<String> keywords = entry.get("keywords").texts(false);
    List<Option> options = List.of();
    if (type == QuestionType.CHOICE || type == QuestionType.MULTI_CHOICE) {
      options = OptionsReader.read(entry.get("options"));
    }
    ValueRange range = type == QuestionType.TEMPERATURE ? readRange(entry.get("range")) : null;
    Object normal = readNormal(entry.get("normal"), type, range, options);
    List<String> areas = entry.get("high-risk-areas").texts(false);
    if (id == null || label == null) {
      return null;
    }
    String unit = entry.get("unit").optionalText();
    Question.Requirement required = readRequired(entry.get("required"), type);
    return new Question(id, label, type, unit, range, normal, options, keywords, areas, required);
  }

  private static void checkAnswerField(YamlEntry entry, @Nullable String id, QuestionType type) {
    if (id == null) {
      return;
    }
    QuestionType fieldType = AnswerValues.FIELDS.get(id);
    if (fieldType == null) {
      entry
          .get("id")
          .problem(
              "'"
                  + id
                  + "' is not an answer field (one of: "
                  + String.join(", ", AnswerValues.FIELDS.keySet())
                  + ")");
    } else if (fieldType != type) {
      entry.get("type").problem("question '" + id + "' must be of type " + fieldType.code());
    }
  }

  private static @Nullable ValueRange readRange(YamlEntry entry) {
    if (!entry.isMap(List.of("min", "max"))) {
      return null;
    }
    BigDecimal min = entry.get("min").number();
    BigDecimal max = entry.get("max").number();
    if (min == null || max == null) {
      return null;
    }
    if (min.compareTo(max) >= 0) {
      entry.problem("min " + min + " must be below max " + max);
      return null;
    }
    return new ValueRange(min, max);
  }

  private static @Nullable Object readNormal(
      YamlEntry entry, QuestionType type, @Nullable ValueRange range, List<Option> options) {
    return switch (type) {
      // A temperature is measured, never attested: "zhengchang" must not store a number nobody
      // typed.
      case TEMPERATURE -> null;
      case CHOICE -> {
        String code = entry.text();
        yield code != null && OptionsReader.knownCodes(entry, List.of(code), options) ? code : null;
      }
      case MULTI_CHOICE -> {
        if (!entry.present()) {
          entry.problem("is required (use [] for none)");
        }
        List<String> codes = entry.texts(false);
        yield OptionsReader.knownCodes(entry, codes, options) ? Set.copyOf(codes) : Set.of();
      }
      case YES_NO -> entry.bool();
      case TEXT -> entry.optionalText();
    };
  }

  /** Temperatures default to "unless attested"; other questions are never required. */
  private static Question.Requirement readRequired(YamlEntry entry, QuestionType type) {
    Question.Requirement fallback =
        type == QuestionType.TEMPERATURE
            ? Question.Requirement.UNLESS_ATTESTED
            : Question.Requirement.NO;
    String code = entry.optionalText();
    if (code == null) {
      return fallback;
    }
    for (Question.Requirement r : Question.Requirement.values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    entry.problem("'" + code + "' is not one of: no, unless-attested, always");
    return fallback;
  }

  private static List<String> allKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (QuestionType type : QuestionType.values()) {
      keys.addAll(keysFor(type));
    }
    return List.copyOf(keys);
  }

  private static List<String> keysFor(QuestionType type) {
    List<String> keys = new ArrayList<>(COMMON_KEYS);
    keys.addAll(
        switch (type) {
          case TEMPERATURE -> List.of("unit", "range");
          case CHOICE, MULTI_CHOICE -> List.of("options", "normal");
          case YES_NO -> List.of("normal");
          case TEXT -> List.of("normal", "high-risk-areas");
        });
    return keys;
  }
}
