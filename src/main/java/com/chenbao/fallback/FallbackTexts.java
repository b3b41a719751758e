package com.chenbao.fallback;

import com.chenbao.forms.Form;
import com.chenbao.shared.MessageTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The fallback channel's texts (bot-templates/texts/fallback.yml) and the form's shared pieces. */
@Component
class FallbackTexts {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

  private final MessageTexts texts;

  FallbackTexts(MessageTexts texts) {
    this.texts = texts;
  }

  String render(String key, Map<String, ?> values) {
    return texts.render(key, values);
  }

  String render(String key) {
    return texts.render(key);
  }

  String date(LocalDate date) {
    String weekday = texts.render("form.format.weekday." + date.getDayOfWeek().getValue());
    return texts.render(
        "form.format.date",
        Map.of("month", date.getMonthValue(), "day", date.getDayOfMonth(), "weekday", weekday));
  }

  static String clock(Instant at, ZoneId zone) {
    return CLOCK.format(at.atZone(zone));
  }

  /** The form's own list separator, or the morning report's. */
  String separator(Form form) {
    String key = form.texts().getOrDefault("list-separator", "form.format.list-separator");
    return texts.render(key);
  }

  /** The form's all-normal button title, or the page's own. */
  String allNormal(Form form) {
    String key = form.texts().get("button-all-normal");
    return texts.render(key != null ? key : "fallback.page.all-normal");
  }
}
