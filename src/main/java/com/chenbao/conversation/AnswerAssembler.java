package com.chenbao.conversation;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Form;
import com.chenbao.forms.Question;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the facts of one part of a reply into a {@link ChildAnswer} holding only what the part
 * said. An attestation (zhengchang) gives the form's {@link Form#attestation()}; everything else
 * the part does not say stays unknown. A problem comes back as a follow-up beside the answer: the
 * answer then holds what the part said that is certain (a temperature that needs asking again is
 * left out, so are the answers to a question the part contradicts itself on), so an abnormal report
 * is stored at once.
 */
final class AnswerAssembler {

  /**
   * One part of a reply: the child it names (null: none), the words naming it, and what it says.
   */
  record Part(@Nullable ChildRef child, String label, Facts facts) {}

  /** The answer, and the follow-up it needs, if any. */
  record Assembled(ChildAnswer answer, ParsedReply.@Nullable FollowUp followUp) {

    /** Follow-ups that only ask for more: what was said stands as it is. */
    boolean soft() {
      return followUp != null
          && (followUp.reason() == FollowUpReason.MISSING_TEMPERATURE
              || followUp.reason() == FollowUpReason.SYMPTOM_UNSPECIFIED);
    }
  }

  private AnswerAssembler() {}

  static Assembled assemble(Part part, Form form) {
    Facts facts = part.facts();
    AnswerValues values = facts.allNormal ? form.attestation() : AnswerValues.none();
    for (String id : facts.normalFields) {
      values = form.withNormal(values, id);
    }
    ParsedReply.FollowUp problem = null;
    if (facts.temperatures.size() > 1) {
      problem =
          new ParsedReply.FollowUp(
              FollowUpReason.SEVERAL_TEMPERATURES, joinedTemperatures(facts), null, null);
    } else if (facts.temperatures.size() == 1 && asks(form, "temperature")) {
      NumberReader.NumberMatch number = facts.temperatures.get(0);
      TemperatureCheck.Result check =
          TemperatureCheck.check(number, form.question("temperature").range());
      if (check.accepted()) {
        values = values.withTemperature(check.value());
      } else {
        problem = new ParsedReply.FollowUp(check.problem(), number.raw(), check.suggestion(), null);
        values = values.gave("temperature") ? values.without("temperature") : values;
      }
    }
    boolean symptomsConflict = facts.symptoms.stream().anyMatch(facts.negatedSymptoms::contains);
    boolean codesConflict = facts.healthCodes.size() > 1;
    boolean travelConflict = facts.travel != null && facts.travelNone;
    values =
        withStatedAnswers(values, facts, form, symptomsConflict, codesConflict, travelConflict);
    if (problem == null && (symptomsConflict || codesConflict || travelConflict)) {
      problem = ParsedReply.FollowUp.of(FollowUpReason.CONFLICTING, "");
    }
    // The attestation stands only while nothing stated departs from it ("dou zhengchang, jiushi
    // kesou").
    if (values.allNormal() && !form.evaluate(values).isEmpty()) {
      values = values.withAllNormal(false);
    }
    ChildAnswer answer = new ChildAnswer(part.child(), values);
    if (problem != null) {
      return new Assembled(answer, problem);
    }
    return new Assembled(answer, softProblem(part, values, form));
  }

  private static AnswerValues withStatedAnswers(
      AnswerValues values,
      Facts facts,
      Form form,
      boolean symptomsConflict,
      boolean codesConflict,
      boolean travelConflict) {
    if (asks(form, "symptoms")
        && !symptomsConflict
        && (!facts.symptoms.isEmpty() || !facts.negatedSymptoms.isEmpty() || facts.noSymptoms)) {
      values = values.withSymptoms(facts.symptoms);
    }
    if (asks(form, "health_code") && !codesConflict && facts.healthCodes.size() == 1) {
      values = values.withHealthCode(facts.healthCodes.iterator().next());
    }
    if (asks(form, "travel") && !travelConflict && (facts.travel != null || facts.travelNone)) {
      values = values.withTravel(facts.travel);
    }
    if (asks(form, "contact") && facts.contact != null) {
      values = values.withContact(facts.contact);
    }
    if (asks(form, "household_symptoms") && facts.household != null) {
      values = values.withHouseholdSymptoms(facts.household);
    }
    return values;
  }

  /**
   * "Not well" without a symptom, or a part still missing a required question (symptoms without a
   * temperature, a child named with nothing after it). A part that says nothing but leave needs
   * nothing.
   */
  private static ParsedReply.@Nullable FollowUp softProblem(
      Part part, AnswerValues values, Form form) {
    Facts facts = part.facts();
    if (facts.unspecified && facts.symptoms.isEmpty()) {
      return ParsedReply.FollowUp.of(FollowUpReason.SYMPTOM_UNSPECIFIED, part.label());
    }
    if (values.isEmpty() && facts.leave) {
      return null;
    }
    List<Question> missing = form.missing(values);
    if (missing.stream().anyMatch(q -> q.id().equals("temperature"))) {
      return ParsedReply.FollowUp.of(FollowUpReason.MISSING_TEMPERATURE, part.label());
    }
    return null;
  }

  private static boolean asks(Form form, String questionId) {
    return form.findQuestion(questionId).isPresent();
  }

  private static String joinedTemperatures(Facts facts) {
    return String.join(
        " ", facts.temperatures.stream().map(NumberReader.NumberMatch::raw).toList());
  }
}
