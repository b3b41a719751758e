package com.chenbao.forms;

import com.chenbao.shared.MessageTexts;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads and checks one entry of a form's {@code rules} list against the form's questions. */
final class RuleReader {

  private final MessageTexts texts;
  private final Map<String, Question> questions;
  private final String listSeparator;

  RuleReader(MessageTexts texts, Map<String, Question> questions, String listSeparator) {
    this.texts = texts;
    this.questions = questions;
    this.listSeparator = listSeparator;
  }

  @Nullable AnomalyRule read(YamlEntry entry) {
    if (!entry.isMap(List.of("kind", "severity", "label", "condition", "detail"))) {
      return null;
    }
    String kind = entry.get("kind").matching("[a-z][a-z_]*", "anomaly kind (a-z and _)");
    Severity severity = entry.get("severity").oneOf(Severity.class, Severity::code);
    String label = entry.get("label").text();
    Condition condition = readCondition(entry.get("condition"));
    DetailTemplate detail = readDetail(entry.get("detail"));
    if (kind == null || severity == null || label == null || condition == null || detail == null) {
      return null;
    }
    return new AnomalyRule(kind, severity, label, condition, detail);
  }

  private @Nullable Condition readCondition(YamlEntry entry) {
    if (!entry.isMap(List.of("question", "op", "value"))) {
      return null;
    }
    String id = entry.get("question").text();
    Condition.Op op = readOp(entry.get("op"));
    Question question = id == null ? null : questions.get(id);
    if (id != null && question == null) {
      entry.get("question").problem("no question with id '" + id + "' in this form");
    }
    if (op == null || question == null) {
      return null;
    }
    if (!op.appliesTo(question.type())) {
      entry
          .get("op")
          .problem(
              "operator '"
                  + op.symbol()
                  + "' does not apply to the "
                  + question.type().code()
                  + " question '"
                  + id
                  + "'");
      return null;
    }
    return readValue(entry.get("value"), question, op);
  }

  private static Condition.@Nullable Op readOp(YamlEntry entry) {
    String symbol = entry.text();
    if (symbol == null) {
      return null;
    }
    for (Condition.Op op : Condition.Op.values()) {
      if (op.symbol().equals(symbol)) {
        return op;
      }
    }
    entry.problem(
        "unknown operator '"
            + symbol
            + "' (one of: "
            + Arrays.stream(Condition.Op.values())
                .map(Condition.Op::symbol)
                .collect(Collectors.joining(", "))
            + ")");
    return null;
  }

  private static @Nullable Condition readValue(
      YamlEntry value, Question question, Condition.Op op) {
    if (op.needsThreshold()) {
      BigDecimal threshold = value.number();
      return threshold == null ? null : new Condition(question.id(), op, threshold, Set.of());
    }
    if (op == Condition.Op.IN) {
      List<String> codes = value.texts(true);
      if (value.present() && codes.isEmpty()) {
        value.problem("needs at least one option code");
      }
      boolean known = OptionsReader.knownCodes(value, codes, question.options());
      return known && !codes.isEmpty()
          ? new Condition(question.id(), op, null, Set.copyOf(codes))
          : null;
    }
    if (value.present()) {
      value.problem("operator '" + op.symbol() + "' takes no value");
      return null;
    }
    return new Condition(question.id(), op, null, Set.of());
  }

  private @Nullable DetailTemplate readDetail(YamlEntry entry) {
    String key = entry.text();
    if (key == null) {
      return null;
    }
    if (!texts.has(key)) {
      entry.problem("no text '" + key + "' in bot-templates/texts");
      return null;
    }
    Set<String> unknown = texts.placeholders(key);
    unknown.remove(DetailTemplate.ANSWER);
    if (!unknown.isEmpty()) {
      entry.problem(
          "text '" + key + "' may use only {" + DetailTemplate.ANSWER + "}, not " + unknown);
      return null;
    }
    // Rendering {answer} as itself yields the raw text (overrides applied), filled in per finding
    // later.
    String placeholder = "{" + DetailTemplate.ANSWER + "}";
    return new DetailTemplate(
        key, texts.render(key, Map.of(DetailTemplate.ANSWER, placeholder)), listSeparator);
  }
}
