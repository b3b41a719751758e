package com.chenbao.conversation;

import com.chenbao.forms.AnswerValues;
import org.jspecify.annotations.Nullable;

/**
 * One subject's answer in a reply.
 *
 * @param child which child the answer is for; null when the reply names none (see {@link
 *     ParsedReply.Answers})
 * @param values only what the reply said: {@link AnswerValues#given()} names the questions it
 *     answered; the rest are unknown. May be empty (a child named with nothing after it, a leave
 *     request alone).
 */
public record ChildAnswer(@Nullable ChildRef child, AnswerValues values) {

  public boolean gave(String questionId) {
    return values.gave(questionId);
  }
}
