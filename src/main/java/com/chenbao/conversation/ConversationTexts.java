package com.chenbao.conversation;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Form;
import com.chenbao.forms.Question;
import com.chenbao.shared.MessageTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The conversation's wording: summaries of answers, dates and times, all from bot-templates/texts.
 */
@Component
class ConversationTexts {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

  private final MessageTexts texts;

  ConversationTexts(MessageTexts texts) {
    this.texts = texts;
  }

  String render(String key, Map<String, ?> values) {
    return texts.render(key, values);
  }

  String render(String key) {
    return texts.render(key, Map.of());
  }

  String separator() {
    return render("form.format.list-separator");
  }

  String clock(Instant at, ZoneId zone) {
    return CLOCK.format(at.atZone(zone).toLocalTime());
  }

  String date(LocalDate date) {
    String weekday = render("form.format.weekday." + date.getDayOfWeek().getValue());
    return render(
        "form.format.date",
        Map.of("month", date.getMonthValue(), "day", date.getDayOfMonth(), "weekday", weekday));
  }

  /**
   * What is stored, as clauses for the questions the answer gives, in the form's order: "tiwen
   * 36.5, wu bushi, lvma". An attestation reads "quanbu zhengchang" (plus a temperature if one was
   * typed, and anything stated that departs from it); questions not given are left out, so nothing
   * unsaid is read back.
   */
  String summary(Form form, AnswerValues values) {
    List<String> clauses = new ArrayList<>();
    boolean attested = values.allNormal();
    form.findQuestion("temperature")
        .filter(q -> values.gave("temperature"))
        .ifPresent(
            q ->
                clauses.add(
                    values.temperature() == null
                        ? render("form.summary.temperature-normal")
                        : render(
                            "form.summary.temperature",
                            Map.of("temperature", values.temperature()))));
    if (attested) {
      clauses.add(render("form.summary.all-normal"));
      return String.join(render("form.format.clause-separator"), clauses);
    }
    form.findQuestion("symptoms")
        .filter(q -> values.gave("symptoms"))
        .ifPresent(
            q ->
                clauses.add(
                    values.symptoms().isEmpty()
                        ? render("form.summary.no-symptoms")
                        : render(
                            "form.summary.symptoms",
                            Map.of(
                                "symptoms",
                                String.join(
                                    separator(),
                                    values.symptoms().stream()
                                        .sorted()
                                        .map(code -> label(q, code))
                                        .toList())))));
    form.findQuestion("health_code")
        .filter(q -> values.healthCode() != null && values.gave("health_code"))
        .ifPresent(
            q ->
                clauses.add(
                    render(
                        "form.summary.health-code",
                        Map.of(
                            "health_code",
                            label(q, Objects.requireNonNull(values.healthCode()))))));
    form.findQuestion("travel")
        .filter(q -> values.gave("travel"))
        .ifPresent(
            q ->
                clauses.add(
                    values.travel() == null
                        ? render("form.summary.no-travel")
                        : render(
                            "form.summary.travel",
                            Map.of("travel", Objects.requireNonNull(values.travel())))));
    form.findQuestion("contact")
        .filter(q -> values.gave("contact") && values.contact() != null)
        .ifPresent(
            q ->
                clauses.add(
                    render(
                        Boolean.TRUE.equals(values.contact())
                            ? "form.summary.contact"
                            : "form.summary.no-contact")));
    form.findQuestion("household_symptoms")
        .filter(q -> values.gave("household_symptoms") && values.householdSymptoms() != null)
        .ifPresent(
            q ->
                clauses.add(
                    render(
                        Boolean.TRUE.equals(values.householdSymptoms())
                            ? "form.summary.household-symptoms"
                            : "form.summary.household-fine")));
    return String.join(render("form.format.clause-separator"), clauses);
  }

  private static String label(Question question, String code) {
    return question.option(code).map(o -> o.label()).orElse(code);
  }
}
