package com.chenbao.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A form from bot-templates/forms: who answers it, its questions, its anomaly rules and the texts it is
 * asked with. Immutable; validated when loaded, so every rule's question exists and every text key
 * resolves.
 *
 * @param code stable id, e.g. {@code morning-report}; rounds store it
 * @param name the name people read (Chinese)
 * @param texts role (e.g. {@code guardian-prompt}) to message-text key (e.g.
 *     {@code morning-report.prompt.guardian}); see docs/bot-templates.md for the roles
 */
public record Form(
    String code,
    String name,
    Frequency frequency,
    List<Subject> subjects,
    List<Question> questions,
    List<AnomalyRule> rules,
    Map<String, String> texts) {

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

  /** @throws IllegalArgumentException if the form has no such question */
  public Question question(String id) {
    return findQuestion(id)
        .orElseThrow(() -> new IllegalArgumentException("Form " + code + " has no question " + id));
  }

  /** @throws IllegalArgumentException if the form's {@code texts} has no such role */
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

  /** The answer recorded when someone taps 'all normal': each question's normal value. */
  public AnswerValues allNormal() {
    AnswerValues values = AnswerValues.none();
    for (Question q : questions) {
      values = values.with(q.id(), q.normal());
    }
    return values;
  }

  /** The anomalies {@code values} raise, in rule order; empty when all is well. Unanswered questions raise none. */
  public List<AnomalyFinding> evaluate(AnswerValues values) {
    List<AnomalyFinding> findings = new ArrayList<>();
    for (AnomalyRule rule : rules) {
      Question question = question(rule.condition().question());
      rule.apply(question, values.valueOf(question.id())).ifPresent(findings::add);
    }
    return findings;
  }
}
