package com.chenbao.schoolday;

import com.chenbao.messaging.OutboundMessage;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The prompts and reminders of a round, worded from bot-templates. Each is the same message for
 * every guardian (and one for every staff member): nothing personal, so the ledger sends 20
 * recipients per DingTalk call. Which children, what is missing and receipts go in the replies to
 * what people write.
 */
@Component
class RoundMessages {

  private final RoundTexts texts;

  RoundMessages(RoundTexts texts) {
    this.texts = texts;
  }

  /** The prompt every guardian gets, whatever their children. */
  OutboundMessage guardianPrompt(RoundContext round) {
    String text =
        texts.render(
            texts.key(round.form(), "guardian-prompt", "prompt.guardian"),
            Map.of("date", texts.date(round.date()), "deadline", round.deadlineText()));
    return texts.withButtons(round.form(), promptTitle(round), text);
  }

  OutboundMessage staffPrompt(RoundContext round) {
    String text =
        texts.render(
            texts.key(round.form(), "staff-prompt", "prompt.staff"),
            Map.of("date", texts.date(round.date()), "deadline", round.deadlineText()));
    return texts.withButtons(round.form(), promptTitle(round), text);
  }

  /**
   * The reminder every guardian with a child still missing gets; the reply to their answer names
   * the rest.
   */
  OutboundMessage guardianReminder(RoundContext round) {
    String text =
        texts.render(
            texts.key(round.form(), "reminder", "reminder.guardian"),
            Map.of("deadline", round.deadlineText()));
    return texts.withButtons(round.form(), reminderTitle(round), text);
  }

  OutboundMessage staffReminder(RoundContext round) {
    String text =
        texts.render(
            texts.key(round.form(), "staff-reminder", "reminder.staff"),
            Map.of("deadline", round.deadlineText()));
    return texts.withButtons(round.form(), reminderTitle(round), text);
  }

  private String promptTitle(RoundContext round) {
    return texts.render(
        texts.key(round.form(), "prompt-title", "prompt.title"),
        Map.of("date", texts.date(round.date())));
  }

  private String reminderTitle(RoundContext round) {
    return texts.render(texts.piece(round.form(), "reminder.title"), Map.of());
  }
}
