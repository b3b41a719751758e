package com.chenbao.schoolday;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a class teacher's remind command did.
 *
 * @param sent guardians the reminder reached
 * @param students the unanswered students the reminder was about
 * @param lastSentAt when the class was last reminded on request, for {@link Outcome#THROTTLED}
 */
public record ClassReminder(
    Outcome outcome, int sent, List<String> students, @Nullable Instant lastSentAt) {

  public ClassReminder {
    students = List.copyOf(students);
  }

  public enum Outcome {
    /** Reminders went out (some may have been undeliverable). */
    SENT,
    /** Everyone in the class has answered. */
    NOBODY_MISSING,
    /** The class was reminded less than {@link ClassCommands#REMIND_THROTTLE} ago; nothing sent. */
    THROTTLED
  }
}
