package com.chenbao.forms;

import org.jspecify.annotations.Nullable;

/**
 * How an anomaly's detail reads: a message text (resolved when the forms are loaded, overrides
 * included) whose only placeholder is {@code {answer}}, the answer as people read it.
 *
 * @param key the text's key in bot-templates/texts, e.g. {@code form.finding.temperature}
 * @param text the text itself, e.g. "temperature {answer} C" in Chinese
 * @param listSeparator joins the labels of several selected options
 */
public record DetailTemplate(String key, String text, String listSeparator) {

  static final String ANSWER = "answer";

  String render(Question question, @Nullable Object value) {
    return text.replace("{" + ANSWER + "}", question.display(value, listSeparator));
  }
}
