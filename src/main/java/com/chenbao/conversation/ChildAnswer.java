package com.chenbao.conversation;

import com.chenbao.forms.AnswerValues;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One subject's answer in a reply.
 *
 * @param child which child the answer is for; null when the reply names none (see
 *     {@link ParsedReply.Answers})
 * @param values every question of the form answered: what the reply said, and the form's normal answer
 *     for the rest
 * @param given ids of the questions the reply answered explicitly (e.g. {@code temperature},
 *     {@code symptoms}); the others hold the form's normal answer by default. "zhengchang" (normal) gives them all
 */
public record ChildAnswer(@Nullable ChildRef child, AnswerValues values, Set<String> given) {

  public ChildAnswer {
    given = Set.copyOf(given);
  }

  public boolean gave(String questionId) {
    return given.contains(questionId);
  }
}
