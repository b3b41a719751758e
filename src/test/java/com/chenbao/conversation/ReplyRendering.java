package com.chenbao.conversation;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Form;
import com.chenbao.forms.Option;
import com.chenbao.forms.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a parsed reply as one line, so a table row can state the whole interpretation. Every
 * answer lists the questions it gives ({@code t=36.5}) and nothing else: a question not listed is
 * unknown. {@code all-normal} stands for the form's attestation; what an answer adds to it is
 * listed after it.
 */
final class ReplyRendering {

  private ReplyRendering() {}

  static String render(ParsedReply reply, Form form) {
    if (reply instanceof ParsedReply.Answers a) {
      return "answers"
          + (a.correction() ? " correction" : "")
          + (a.leave() ? " leave" : "")
          + ": "
          + children(a, form);
    }
    if (reply instanceof ParsedReply.FollowUp f) {
      return "follow-up "
          + f.reason()
          + (f.detail().isEmpty() ? "" : " [" + f.detail() + "]")
          + (f.suggestion() == null ? "" : " suggest=" + f.suggestion().toPlainString())
          + (f.partial() == null ? "" : " partial " + render(f.partial(), form));
    }
    if (reply instanceof ParsedReply.Command c) {
      return "command " + c.kind() + (c.leave() == null ? "" : " " + leave(c.leave()));
    }
    return "unclear";
  }

  private static String children(ParsedReply.Answers answers, Form form) {
    return answers.children().stream().map(c -> child(c, form)).collect(Collectors.joining(" | "));
  }

  private static String child(ChildAnswer answer, Form form) {
    String ref = ref(answer.child());
    AnswerValues attestation = form.attestation();
    boolean attested = answer.values().allNormal();
    List<String> parts = new ArrayList<>();
    if (attested) {
      parts.add("all-normal");
    }
    for (Question q : form.questions()) {
      if (!answer.gave(q.id())) {
        continue;
      }
      Object value = answer.values().valueOf(q.id());
      if (attested
          && attestation.gave(q.id())
          && Objects.equals(value, attestation.valueOf(q.id()))) {
        continue;
      }
      parts.add(shortName(q.id()) + "=" + value(q, value));
    }
    return ref + (parts.isEmpty() ? "" : " " + String.join(" ", parts));
  }

  private static String ref(@Nullable ChildRef ref) {
    if (ref instanceof ChildRef.Position p) {
      return "#" + p.position();
    }
    if (ref instanceof ChildRef.Name n) {
      return "name:" + n.fragment();
    }
    return ref == null ? "*" : "youngest";
  }

  private static String shortName(String questionId) {
    return switch (questionId) {
      case "temperature" -> "t";
      case "symptoms" -> "sym";
      case "health_code" -> "code";
      case "household_symptoms" -> "household";
      default -> questionId;
    };
  }

  private static String value(Question q, @Nullable Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value == null && "temperature".equals(q.id())) {
      return "normal";
    }
    if (value instanceof Set<?> codes) {
      return codes.isEmpty()
          ? "none"
          : q.options().stream()
              .map(Option::code)
              .filter(codes::contains)
              .collect(Collectors.joining("+"));
    }
    if (value instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    return value == null ? "none" : value.toString();
  }

  private static String leave(LeaveRequest leave) {
    String period =
        leave.days() != null
            ? "days=" + leave.days()
            : "from=" + leave.from() + " to=" + leave.to();
    return leave.student()
        + " "
        + period
        + (leave.reason().isEmpty() ? "" : " reason=" + leave.reason());
  }
}
