package com.chenbao.forms;

import static com.chenbao.forms.QuestionType.CHOICE;
import static com.chenbao.forms.QuestionType.MULTI_CHOICE;
import static com.chenbao.forms.QuestionType.TEMPERATURE;
import static com.chenbao.forms.QuestionType.TEXT;
import static com.chenbao.forms.QuestionType.YES_NO;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a rule fires, tested on the answer to one question.
 *
 * @param threshold the number compared with, for {@code >=, >, <=, <}; else null
 * @param codes the option codes for {@code in}; else empty
 */
public record Condition(String question, Op op, @Nullable BigDecimal threshold, Set<String> codes) {

  public Condition {
    codes = Set.copyOf(codes);
  }

  /** The operators, written in the form files as their {@link #symbol()}. */
  public enum Op {
    AT_LEAST(">=", EnumSet.of(TEMPERATURE)),
    ABOVE(">", EnumSet.of(TEMPERATURE)),
    AT_MOST("<=", EnumSet.of(TEMPERATURE)),
    BELOW("<", EnumSet.of(TEMPERATURE)),
    /** At least one option selected. */
    ANY("any", EnumSet.of(MULTI_CHOICE)),
    /** The chosen option (or one of the selected options) is one of the listed codes. */
    IN("in", EnumSet.of(CHOICE, MULTI_CHOICE)),
    IS_TRUE("is_true", EnumSet.of(YES_NO)),
    IS_FALSE("is_false", EnumSet.of(YES_NO)),
    /** The text names one of the question's high-risk areas. */
    IN_HIGH_RISK_AREA("in_high_risk_area", EnumSet.of(TEXT));

    private final String symbol;
    private final Set<QuestionType> types;

    Op(String symbol, Set<QuestionType> types) {
      this.symbol = symbol;
      this.types = types;
    }

    public String symbol() {
      return symbol;
    }

    public boolean appliesTo(QuestionType type) {
      return types.contains(type);
    }

    boolean needsThreshold() {
      return types.contains(TEMPERATURE);
    }
  }

  /** Whether the answer {@code value} to {@code q} meets this condition; no answer never does. */
  boolean test(Question q, @Nullable Object value) {
    if (value == null) {
      return false;
    }
    return switch (op) {
      case AT_LEAST -> compare(value) >= 0;
      case ABOVE -> compare(value) > 0;
      case AT_MOST -> compare(value) <= 0;
      case BELOW -> compare(value) < 0;
      case ANY -> value instanceof Collection<?> selected && !selected.isEmpty();
      case IN ->
          value instanceof Collection<?> selected
              ? selected.stream().anyMatch(codes::contains)
              : codes.contains(value);
      case IS_TRUE -> Boolean.TRUE.equals(value);
      case IS_FALSE -> Boolean.FALSE.equals(value);
      case IN_HIGH_RISK_AREA ->
          q.highRiskAreas().stream()
              .anyMatch(area -> !area.isBlank() && value.toString().contains(area.strip()));
    };
  }

  private int compare(Object value) {
    if (threshold == null) {
      throw new IllegalStateException(
          "Condition " + op.symbol() + " on " + question + " has no threshold");
    }
    return ((BigDecimal) value).compareTo(threshold);
  }
}
