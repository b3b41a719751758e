package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One interpreted answer as the admin API shows it. A question the person did not answer is listed
 * in {@code unknown} and its value is null; a null value of a given question means "none" (no
 * travel) or, for the temperature, "said normal without a number" ({@code temperatureSaidNormal}).
 * Nothing is filled in.
 *
 * @param symptoms option codes; empty = no symptoms; null = unknown
 * @param travel the place; null = no travel when {@code travel} is given, unknown otherwise
 * @param allNormal the person attested that all is well (zhengchang, quanbu zhengchang, the button)
 * @param unknown the form's questions this answer does not give, in form order
 */
public record AnswerView(
    String subjectKind,
    long subjectId,
    String name,
    @Nullable String studentNo,
    @Nullable String className,
    @Nullable BigDecimal temperature,
    boolean temperatureSaidNormal,
    @Nullable Set<String> symptoms,
    @Nullable String healthCode,
    @Nullable String travel,
    @Nullable Boolean contact,
    @Nullable Boolean householdSymptoms,
    boolean allNormal,
    List<String> unknown,
    boolean late,
    int revision,
    Instant answeredAt,
    @Nullable String answeredBy,
    @Nullable String answeredByRelation) {

  static AnswerView of(
      RoundReadMapper.AnswerRow row,
      String name,
      @Nullable String studentNo,
      @Nullable String className,
      @Nullable String answeredBy,
      @Nullable String answeredByRelation,
      List<String> formQuestions) {
    AnswerValues v = row.values();
    List<String> unknown = formQuestions.stream().filter(id -> !v.gave(id)).toList();
    return new AnswerView(
        row.subjectKind(),
        row.subjectId(),
        name,
        studentNo,
        className,
        v.temperature(),
        v.gave("temperature") && v.temperature() == null,
        v.gave("symptoms") ? new TreeSet<>(v.symptoms()) : null,
        (String) v.valueOf("health_code"),
        (String) v.valueOf("travel"),
        (Boolean) v.valueOf("contact"),
        (Boolean) v.valueOf("household_symptoms"),
        v.allNormal(),
        unknown,
        row.late(),
        row.revision(),
        row.answeredAt(),
        answeredBy,
        answeredByRelation);
  }
}
