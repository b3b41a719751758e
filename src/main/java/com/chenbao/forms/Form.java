package com.chenbao.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A form from bot-templates/forms: who answers it, its questions, its anomaly rules and the texts
 * it is asked with. Immutable; validated when loaded, so every rule's question exists and every
 * text key resolves.
 *
 * @param code stable id, the form file's {@code code}; rounds store it
 * @param name the name people read (Chinese)
 * @param texts role (e.g. {@code guardian-prompt}) to message-text key (e.g. {@code
 *     form.prompt.guardian}); see docs/bot-templates.md for the roles
 */
public record Form(
    String code,
    String name,
    Frequency frequency,
    List<Subject> subjects,
    List<Question> questions,
    List<AnomalyRule> rules,
    Map<String, String> texts) {

  /**
   * The prefix of the texts common to every form ({@code bot-templates/texts/form.yml}). A text
   * without a role is looked up as {@code <code>.<key>} first, then as {@code form.<key>}.
   */
  public static final String COMMON_TEXTS = "form";

  public Form {
    subjects = List.copyOf(subjects);
    questions = List.copyOf(questions);
    rules = List.copyOf(rules);
    texts = Map.copyOf(texts);
  }

  public enum Frequency {
    /** Every school day. */
    DAILY,
    /** Once per person, e.g. before returning to school. */
    ONCE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Optional<Question> findQuestion(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /**
   * @throws IllegalArgumentException if the form has no such question
   */
  public Question question(String id) {
    return findQuestion(id)
        .orElseThrow(() -> new IllegalArgumentException("Form " + code + " has no question " + id));
  }

  /**
   * @throws IllegalArgumentException if the form's {@code texts} has no such role
   */
  public String textKey(String role) {
    String key = texts.get(role);
    if (key == null) {
      throw new IllegalArgumentException("Form " + code + " has no text for role " + role);
    }
    return key;
  }

  /** Every message-text key this form refers to: its texts and its rules' details. */
  public Set<String> textKeys() {
    Set<String> keys = new LinkedHashSet<>(texts.values());
    rules.forEach(rule -> keys.add(rule.detail().key()));
    return keys;
  }

  /**
   * The answer recorded for an attestation (zhengchang, quanbu zhengchang, the all-normal button):
   * all_normal, and each question's normal answer as the form states it (no symptoms, the form's
   * colour, no travel, no contact, household fine). A temperature has no normal answer: the
   * attestation never stores a number.
   */
  public AnswerValues attestation() {
    AnswerValues values = AnswerValues.none().withAllNormal(true);
    for (Question q : questions) {
      if (q.type() != QuestionType.TEMPERATURE) {
        values = values.with(q.id(), q.normal());
      }
    }
    return values;
  }

  /**
   * {@code values} with the question said to be normal ("jiankangma zhengchang" is the form's
   * normal colour). A temperature said to be normal ("tiwen zhengchang") is given without a number:
   * nobody measured one.
   */
  public AnswerValues withNormal(AnswerValues values, String questionId) {
    Question q = question(questionId);
    return q.type() == QuestionType.TEMPERATURE
        ? values.withTemperature(null)
        : values.with(questionId, q.normal());
  }

  /**
   * The questions {@code values} still lacks, in form order: each required question not given. A
   * temperature required {@code always} needs a number; "tiwen zhengchang" is not one.
   */
  public List<Question> missing(AnswerValues values) {
    List<Question> missing = new ArrayList<>();
    for (Question q : questions) {
      boolean needed =
          switch (q.required()) {
            case NO -> false;
            case UNLESS_ATTESTED -> !values.allNormal() && !values.gave(q.id());
            case ALWAYS ->
                !values.gave(q.id())
                    || (q.type() == QuestionType.TEMPERATURE && values.temperature() == null);
          };
      if (needed) {
        missing.add(q);
      }
    }
    return missing;
  }

  /**
   * An earlier answer of the round with a later reply laid over it: what the later reply gives
   * replaces the earlier values of those questions, the rest stays. It stays an attestation while
   * nothing in it is anomalous ("zhengchang" then "36.8"), and becomes one when the later reply is
   * one.
   */
  public AnswerValues merge(AnswerValues earlier, AnswerValues later) {
    AnswerValues merged = earlier.overlaidWith(later);
    boolean attested = later.allNormal() || earlier.allNormal();
    return merged.withAllNormal(attested && evaluate(merged).isEmpty());
  }

  /**
   * The anomalies {@code values} raise, in rule order; empty when all is well. Unanswered questions
   * raise none.
   */
  public List<AnomalyFinding> evaluate(AnswerValues values) {
    List<AnomalyFinding> findings = new ArrayList<>();
    for (AnomalyRule rule : rules) {
      Question question = question(rule.condition().question());
      rule.apply(question, values.valueOf(question.id())).ifPresent(findings::add);
    }
    return findings;
  }
}
