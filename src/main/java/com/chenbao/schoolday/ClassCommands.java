package com.chenbao.schoolday;

import java.util.Optional;

/**
 * What a class teacher may ask of today's round for their own class (the conversation module checks
 * who the teacher is). Each works on one class only, so a teacher never sees another class.
 */
public interface ClassCommands {

  /** How often a class may be reminded on request. */
  java.time.Duration REMIND_THROTTLE = java.time.Duration.ofMinutes(10);

  /**
   * The class's unanswered students with their guardians' phones now; empty if the class has nobody
   * expected.
   */
  Optional<ClassMessage> missingList(long roundId, long classId);

  /**
   * The class tally now (expected, reported, missing, anomalies); empty if the class has nobody
   * expected.
   */
  Optional<ClassMessage> tally(long roundId, long classId);

  /**
   * Reminds the guardians of the class's unanswered students now, at most once per {@link
   * #REMIND_THROTTLE} per class and round (the last time is kept in {@code class_reminders}); each
   * reminder goes through a delivery row like the scheduled ones.
   */
  ClassReminder remind(long roundId, long classId);
}
