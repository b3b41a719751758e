package com.chenbao.forms;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One subject's interpreted answer: the fields of the {@code answers} table. A form's question ids
 * are these field names ({@code temperature}, {@code symptoms}, {@code health_code}, {@code
 * travel}, {@code contact}, {@code household_symptoms}); a form may ask a subset, worded its own
 * way.
 *
 * <p>An answer holds only what the person said. {@link #given()} names the questions the answer
 * gives; every other question is unknown, whatever its field holds ({@link #valueOf} returns null
 * for it). A given question may still have a null value: travel given as null is "did not travel",
 * and a temperature given as null is "said to be normal without a number" (tiwen zhengchang) —
 * never a number nobody typed.
 *
 * @param symptoms option codes of the symptoms question, e.g. {@code dry_cough}; empty when not
 *     given or given as "no symptoms"
 * @param healthCode option code of the health-code question: {@code green}, {@code yellow}, {@code
 *     red}
 * @param travel where the person travelled outside the city in the last 14 days; null if nowhere
 * @param allNormal the person attested that all is well (zhengchang, quanbu zhengchang, the
 *     button), see {@link Form#attestation()}
 * @param given ids of the questions this answer gives
 */
public record AnswerValues(
    @Nullable BigDecimal temperature,
    Set<String> symptoms,
    @Nullable String healthCode,
    @Nullable String travel,
    @Nullable Boolean contact,
    @Nullable Boolean householdSymptoms,
    boolean allNormal,
    Set<String> given) {

  /** Answer field name to the question type that fills it; the validator holds forms to it. */
  static final Map<String, QuestionType> FIELDS = fields();

  public AnswerValues {
    symptoms = Set.copyOf(symptoms);
    given = Collections.unmodifiableSet(new TreeSet<>(given));
  }

  /** Nothing answered yet. */
  public static AnswerValues none() {
    return new AnswerValues(null, Set.of(), null, null, null, null, false, Set.of());
  }

  /**
   * The answer as the {@code answers} table stores it: {@code symptoms} and {@code givenQuestions}
   * are comma-separated. Rows written before the given flag existed ({@code givenQuestions} null)
   * give every non-null column, and symptoms whenever the column is not null.
   */
  public static AnswerValues fromColumns(
      @Nullable BigDecimal temperature,
      @Nullable String symptoms,
      @Nullable String healthCode,
      @Nullable String travel,
      @Nullable Boolean contact,
      @Nullable Boolean householdSymptoms,
      @Nullable Boolean allNormal,
      @Nullable String givenQuestions) {
    Set<String> given;
    if (givenQuestions != null) {
      given = split(givenQuestions);
    } else {
      given = new LinkedHashSet<>();
      Map<String, Object> legacy = new LinkedHashMap<>();
      legacy.put("temperature", temperature);
      legacy.put("symptoms", symptoms);
      legacy.put("health_code", healthCode);
      legacy.put("travel", travel);
      legacy.put("contact", contact);
      legacy.put("household_symptoms", householdSymptoms);
      legacy.forEach(
          (id, value) -> {
            if (value != null) {
              given.add(id);
            }
          });
    }
    return new AnswerValues(
        temperature,
        symptoms == null ? Set.of() : split(symptoms),
        healthCode,
        travel,
        contact,
        householdSymptoms,
        Boolean.TRUE.equals(allNormal),
        given);
  }

  /**
   * The symptoms column: comma-separated codes in a stable order, empty for none, null when not
   * given.
   */
  public @Nullable String symptomsColumn() {
    return gave("symptoms") ? String.join(",", new TreeSet<>(symptoms)) : null;
  }

  /** The given_questions column: comma-separated question ids. */
  public String givenColumn() {
    return String.join(",", given);
  }

  public boolean gave(String questionId) {
    return given.contains(questionId);
  }

  /** Nothing given. */
  public boolean isEmpty() {
    return given.isEmpty() && !allNormal;
  }

  public AnswerValues withTemperature(@Nullable BigDecimal value) {
    return new AnswerValues(
        value,
        symptoms,
        healthCode,
        travel,
        contact,
        householdSymptoms,
        allNormal,
        plus("temperature"));
  }

  public AnswerValues withSymptoms(Set<String> codes) {
    return new AnswerValues(
        temperature,
        codes,
        healthCode,
        travel,
        contact,
        householdSymptoms,
        allNormal,
        plus("symptoms"));
  }

  public AnswerValues withHealthCode(@Nullable String code) {
    return new AnswerValues(
        temperature,
        symptoms,
        code,
        travel,
        contact,
        householdSymptoms,
        allNormal,
        plus("health_code"));
  }

  public AnswerValues withTravel(@Nullable String area) {
    return new AnswerValues(
        temperature,
        symptoms,
        healthCode,
        area,
        contact,
        householdSymptoms,
        allNormal,
        plus("travel"));
  }

  public AnswerValues withContact(@Nullable Boolean value) {
    return new AnswerValues(
        temperature,
        symptoms,
        healthCode,
        travel,
        value,
        householdSymptoms,
        allNormal,
        plus("contact"));
  }

  public AnswerValues withHouseholdSymptoms(@Nullable Boolean value) {
    return new AnswerValues(
        temperature,
        symptoms,
        healthCode,
        travel,
        contact,
        value,
        allNormal,
        plus("household_symptoms"));
  }

  public AnswerValues withAllNormal(boolean value) {
    return new AnswerValues(
        temperature, symptoms, healthCode, travel, contact, householdSymptoms, value, given);
  }

  /** A copy in which the question is unknown again (its value dropped). */
  public AnswerValues without(String questionId) {
    Set<String> rest = new LinkedHashSet<>(given);
    rest.remove(questionId);
    AnswerValues cleared =
        switch (questionId) {
          case "temperature" -> withTemperature(null);
          case "symptoms" -> withSymptoms(Set.of());
          case "health_code" -> withHealthCode(null);
          case "travel" -> withTravel(null);
          case "contact" -> withContact(null);
          case "household_symptoms" -> withHouseholdSymptoms(null);
          default -> throw new IllegalArgumentException("No answer field " + questionId);
        };
    return new AnswerValues(
        cleared.temperature,
        cleared.symptoms,
        cleared.healthCode,
        cleared.travel,
        cleared.contact,
        cleared.householdSymptoms,
        allNormal,
        rest);
  }

  /**
   * This answer with a later one from the same round laid over it: each question the later one
   * gives replaces this one's; the rest stay as they were ("la duzi" then "37.9" is both). The
   * attestation flag is the later one's, or this one's when the later one gives nothing that
   * departs from it; the form decides that ({@link Form#merge}).
   */
  AnswerValues overlaidWith(AnswerValues later) {
    AnswerValues merged = this;
    for (String id : later.given) {
      merged = merged.with(id, later.rawValueOf(id));
    }
    return merged;
  }

  /**
   * The answer to the question with this id (a field name); null when the question is not given.
   */
  public @Nullable Object valueOf(String questionId) {
    return gave(questionId) ? rawValueOf(questionId) : null;
  }

  private @Nullable Object rawValueOf(String questionId) {
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

  /**
   * A copy with the question's answer given; {@code value} is typed as {@link Question#normal()}
   * says.
   */
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

  private Set<String> plus(String questionId) {
    Set<String> more = new LinkedHashSet<>(given);
    more.add(questionId);
    return more;
  }

  private static Set<String> split(String csv) {
    return Arrays.stream(csv.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The ids of {@link #FIELDS}, in table order. */
  public static List<String> fieldIds() {
    return List.copyOf(FIELDS.keySet());
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
