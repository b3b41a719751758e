package com.chenbao.schoolday;

import com.chenbao.forms.Form;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.OutboundMessage.Button;
import com.chenbao.messaging.OutboundMessage.ReplyButton;
import com.chenbao.shared.MessageTexts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The texts of a form's round. A text the form names by role ({@code guardian-prompt}, {@code
 * reminder} ...) is taken from the form; the pieces without a role (child lines, the
 * several-children prompt, the class teacher's list) are looked up under the form's own prefix
 * first and the common {@code form.} after, so a new form only has to define what differs.
 */
@Component
class RoundTexts {

  private static final String DEFAULT_PREFIX = Form.COMMON_TEXTS + ".";
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

  private final MessageTexts texts;

  RoundTexts(MessageTexts texts) {
    this.texts = texts;
  }

  /**
   * The key of {@code role} in the form, else {@code <form>.<suffix>}, else {@code form.<suffix>}.
   */
  String key(Form form, String role, String suffix) {
    if (form.texts().containsKey(role)) {
      return form.textKey(role);
    }
    return piece(form, suffix);
  }

  /** {@code <form>.<suffix>} if the form's texts have it, else the common {@code form.<suffix>}. */
  String piece(Form form, String suffix) {
    String own = form.code() + "." + suffix;
    return texts.has(own) ? own : DEFAULT_PREFIX + suffix;
  }

  boolean has(String key) {
    return texts.has(key);
  }

  String render(String key, Map<String, ?> values) {
    return texts.render(key, values);
  }

  String date(LocalDate date) {
    String weekday = texts.render("form.format.weekday." + date.getDayOfWeek().getValue());
    return texts.render(
        "form.format.date",
        Map.of("month", date.getMonthValue(), "day", date.getDayOfMonth(), "weekday", weekday));
  }

  static String clock(LocalTime time) {
    return CLOCK.format(time);
  }

  String separator(Form form) {
    return texts.render(key(form, "list-separator", "format.list-separator"));
  }

  /**
   * An action card with the form's one-tap buttons, or plain markdown for a form without them (the
   * health declaration is answered in words).
   */
  OutboundMessage withButtons(Form form, String title, String text) {
    if (!form.texts().containsKey("button-all-normal")) {
      return new OutboundMessage.Markdown(title, text);
    }
    List<Button> buttons =
        List.of(
            new ReplyButton(
                texts.render(form.textKey("button-all-normal")),
                texts.render(form.textKey("all-normal-message"))),
            new ReplyButton(
                texts.render(form.textKey("button-report")),
                texts.render(form.textKey("report-message"))));
    return new OutboundMessage.ActionCard(title, text, buttons);
  }
}
