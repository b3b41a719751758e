package com.chenbao.schoolday;

import com.chenbao.messaging.OutboundMessage;
import com.chenbao.rounds.RoundPeople.GuardianChild;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The prompts and reminders of a round, worded from bot-templates. */
@Component
class RoundMessages {

  private final RoundTexts texts;

  RoundMessages(RoundTexts texts) {
    this.texts = texts;
  }

  /** One prompt naming each of the guardian's expected children with their class. */
  OutboundMessage guardianPrompt(RoundContext round, List<GuardianChild> children) {
    String childLines = children.stream()
        .map(child -> texts.render(texts.piece(round.form(), "prompt.child-line"),
            Map.of("student", child.studentName(), "class_name", child.gradeName() + child.className())))
        .collect(Collectors.joining("\n"));
    String key = children.size() == 1 ? texts.key(round.form(), "guardian-prompt", "prompt.guardian") : severalKey(round);
    String text = texts.render(key, Map.of("date", texts.date(round.date()), "deadline", round.deadlineText(),
        "count", children.size(), "children", childLines));
    return texts.withButtons(round.form(), promptTitle(round), text);
  }

  OutboundMessage staffPrompt(RoundContext round, String name) {
    String text = texts.render(texts.key(round.form(), "staff-prompt", "prompt.staff"),
        Map.of("name", name, "date", texts.date(round.date()), "deadline", round.deadlineText()));
    return texts.withButtons(round.form(), promptTitle(round), text);
  }

  /** A reminder naming only the children still missing. */
  OutboundMessage guardianReminder(RoundContext round, List<GuardianChild> missing) {
    String names = missing.stream().map(GuardianChild::studentName)
        .collect(Collectors.joining(texts.separator(round.form())));
    String text = texts.render(texts.key(round.form(), "reminder", "reminder.guardian"),
        Map.of("students", names, "deadline", round.deadlineText()));
    return texts.withButtons(round.form(), reminderTitle(round), text);
  }

  OutboundMessage staffReminder(RoundContext round, String name) {
    String text = texts.render(texts.key(round.form(), "staff-reminder", "reminder.staff"),
        Map.of("name", name, "deadline", round.deadlineText()));
    return texts.withButtons(round.form(), reminderTitle(round), text);
  }

  private String severalKey(RoundContext round) {
    String own = round.form().code() + ".prompt.guardian-several";
    String fallback = texts.key(round.form(), "guardian-prompt", "prompt.guardian-several");
    // A form whose guardian prompt has no several-children variant words both cases the same.
    return texts.has(own) ? own : "form.prompt.guardian".equals(fallback)
        ? "form.prompt.guardian-several" : fallback;
  }

  private String promptTitle(RoundContext round) {
    return texts.render(texts.key(round.form(), "prompt-title", "prompt.title"), Map.of("date", texts.date(round.date())));
  }

  private String reminderTitle(RoundContext round) {
    return texts.render(texts.piece(round.form(), "reminder.title"), Map.of());
  }
}
