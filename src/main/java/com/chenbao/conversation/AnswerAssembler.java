package com.chenbao.conversation;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Form;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the facts of one part of a reply into a {@link ChildAnswer}: what was said, the form's normal
 * answer for the rest. Problems come back as a follow-up; a part whose temperature is missing still
 * carries what it did say (temperature null), so the caller can keep it while asking.
 */
final class AnswerAssembler {

  /** One part of a reply: the child it names (null: none), the words naming it, and what it says. */
  record Part(@Nullable ChildRef child, String label, Facts facts) {}

  /** The answer, and the follow-up it needs, if any. */
  record Assembled(ChildAnswer answer, ParsedReply.@Nullable FollowUp followUp) {

    /** Follow-ups about a part that keep the rest of the reply: ask, but what was said stands. */
    boolean soft() {
      return followUp != null && (followUp.reason() == FollowUpReason.MISSING_TEMPERATURE
          || followUp.reason() == FollowUpReason.SYMPTOM_UNSPECIFIED);
    }
  }

  private AnswerAssembler() {}

  static Assembled assemble(Part part, Form form) {
    Facts facts = part.facts();
    Set<String> given = new LinkedHashSet<>();
    AnswerValues values = form.allNormal();
    if (facts.allNormal) {
      form.questions().forEach(q -> given.add(q.id()));
    }
    given.addAll(facts.normalFields);
    if (facts.temperatures.size() > 1) {
      return problem(part, values, given, FollowUpReason.SEVERAL_TEMPERATURES, joinedTemperatures(facts), null);
    }
    if (facts.temperatures.size() == 1 && form.findQuestion("temperature").isPresent()) {
      NumberReader.NumberMatch number = facts.temperatures.get(0);
      TemperatureCheck.Result check = TemperatureCheck.check(number, form.question("temperature").range());
      if (!check.accepted()) {
        return problem(part, values, given, check.problem(), number.raw(), check.suggestion());
      }
      values = values.withTemperature(check.value());
      given.add("temperature");
    }
    if (!facts.symptoms.isEmpty() && facts.symptoms.stream().anyMatch(facts.negatedSymptoms::contains)
        || facts.healthCodes.size() > 1 || (facts.travel != null && facts.travelNone)) {
      return problem(part, values, given, FollowUpReason.CONFLICTING, "", null);
    }
    values = withStatedAnswers(values, facts, given, form);
    return softProblems(part, values, given, form);
  }

  private static AnswerValues withStatedAnswers(AnswerValues values, Facts facts, Set<String> given, Form form) {
    if (asks(form, "symptoms") && (!facts.symptoms.isEmpty() || !facts.negatedSymptoms.isEmpty() || facts.noSymptoms)) {
      values = values.withSymptoms(facts.symptoms);
      given.add("symptoms");
    }
    if (asks(form, "health_code") && facts.healthCodes.size() == 1) {
      values = values.withHealthCode(facts.healthCodes.iterator().next());
      given.add("health_code");
    }
    if (asks(form, "travel") && (facts.travel != null || facts.travelNone)) {
      values = values.withTravel(facts.travel);
      given.add("travel");
    }
    if (asks(form, "contact") && facts.contact != null) {
      values = values.withContact(facts.contact);
      given.add("contact");
    }
    if (asks(form, "household_symptoms") && facts.household != null) {
      values = values.withHouseholdSymptoms(facts.household);
      given.add("household_symptoms");
    }
    return values;
  }

  /** Symptoms without a temperature, "not well" without a symptom, or a child named with nothing after it. */
  private static Assembled softProblems(Part part, AnswerValues values, Set<String> given, Form form) {
    Facts facts = part.facts();
    boolean temperatureAsked = asks(form, "temperature");
    if (facts.unspecified && facts.symptoms.isEmpty()) {
      return problem(part, values, given, FollowUpReason.SYMPTOM_UNSPECIFIED, part.label(), null);
    }
    boolean temperatureGiven = given.contains("temperature");
    if (temperatureAsked && !temperatureGiven && (!facts.symptoms.isEmpty() || !facts.hasContent())) {
      AnswerValues partial = values.withTemperature(null);
      return problem(part, partial, given, FollowUpReason.MISSING_TEMPERATURE, part.label(), null);
    }
    return new Assembled(new ChildAnswer(part.child(), values, given), null);
  }

  private static Assembled problem(Part part, AnswerValues values, Set<String> given, FollowUpReason reason,
      String detail, @Nullable BigDecimal suggestion) {
    ChildAnswer answer = new ChildAnswer(part.child(), values, given);
    return new Assembled(answer, new ParsedReply.FollowUp(reason, detail, suggestion, null));
  }

  private static boolean asks(Form form, String questionId) {
    return form.findQuestion(questionId).isPresent();
  }

  private static String joinedTemperatures(Facts facts) {
    return String.join(" ", facts.temperatures.stream().map(NumberReader.NumberMatch::raw).toList());
  }
}
