package com.chenbao.forms;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One subject's interpreted answer: the fields of the {@code answers} table. A form's question ids are
 * these field names ({@code temperature}, {@code symptoms}, {@code health_code}, {@code travel},
 * {@code contact}, {@code household_symptoms}); a form may ask a subset, worded its own way. Null means
 * "not answered"; an empty symptom set means "no symptoms".
 *
 * @param symptoms option codes of the symptoms question, e.g. {@code dry_cough}
 * @param healthCode option code of the health-code question: {@code green}, {@code yellow}, {@code red}
 * @param travel where the person travelled outside the city in the last 14 days; null if nowhere
 */
public record AnswerValues(
    @Nullable BigDecimal temperature,
    Set<String> symptoms,
    @Nullable String healthCode,
    @Nullable String travel,
    @Nullable Boolean contact,
    @Nullable Boolean householdSymptoms) {

  /** Answer field name to the question type that fills it; the validator holds forms to it. */
  static final Map<String, QuestionType> FIELDS = fields();

  public AnswerValues {
    symptoms = Set.copyOf(symptoms);
  }

  /** Nothing answered yet. */
  public static AnswerValues none() {
    return new AnswerValues(null, Set.of(), null, null, null, null);
  }

  public AnswerValues withTemperature(@Nullable BigDecimal value) {
    return new AnswerValues(value, symptoms, healthCode, travel, contact, householdSymptoms);
  }

  public AnswerValues withSymptoms(Set<String> codes) {
    return new AnswerValues(temperature, codes, healthCode, travel, contact, householdSymptoms);
  }

  public AnswerValues withHealthCode(@Nullable String code) {
    return new AnswerValues(temperature, symptoms, code, travel, contact, householdSymptoms);
  }

  public AnswerValues withTravel(@Nullable String area) {
    return new AnswerValues(temperature, symptoms, healthCode, area, contact, householdSymptoms);
  }

  public AnswerValues withContact(@Nullable Boolean value) {
    return new AnswerValues(temperature, symptoms, healthCode, travel, value, householdSymptoms);
  }

  public AnswerValues withHouseholdSymptoms(@Nullable Boolean value) {
    return new AnswerValues(temperature, symptoms, healthCode, travel, contact, value);
  }

  /** The answer to the question with this id (a field name). */
  public @Nullable Object valueOf(String questionId) {
    return switch (questionId) {
      case "temperature" -> temperature;
      case "symptoms" -> symptoms;
      case "health_code" -> healthCode;
      case "travel" -> travel;
      case "contact" -> contact;
      case "household_symptoms" -> householdSymptoms;
      default -> throw new IllegalArgumentException("No answer field " + questionId);
    };
  }

  /** A copy with the question's answer set; {@code value} is typed as {@link Question#normal()} says. */
  @SuppressWarnings("unchecked")
  AnswerValues with(String questionId, @Nullable Object value) {
    return switch (questionId) {
      case "temperature" -> withTemperature((BigDecimal) value);
      case "symptoms" -> withSymptoms(value == null ? Set.of() : (Set<String>) value);
      case "health_code" -> withHealthCode((String) value);
      case "travel" -> withTravel((String) value);
      case "contact" -> withContact((Boolean) value);
      case "household_symptoms" -> withHouseholdSymptoms((Boolean) value);
      default -> throw new IllegalArgumentException("No answer field " + questionId);
    };
  }

  private static Map<String, QuestionType> fields() {
    Map<String, QuestionType> fields = new LinkedHashMap<>();
    fields.put("temperature", QuestionType.TEMPERATURE);
    fields.put("symptoms", QuestionType.MULTI_CHOICE);
    fields.put("health_code", QuestionType.CHOICE);
    fields.put("travel", QuestionType.TEXT);
    fields.put("contact", QuestionType.YES_NO);
    fields.put("household_symptoms", QuestionType.YES_NO);
    return Collections.unmodifiableMap(fields);
  }
}
