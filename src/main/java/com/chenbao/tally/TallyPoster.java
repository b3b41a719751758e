package com.chenbao.tally;

import java.time.LocalDate;

/** Posts a round's tally to the working groups and class teachers (the round's tally step). */
public interface TallyPoster {

  /**
   * Posts the tally of the school's round of {@code formCode} on {@code date} to every working group with
   * a chat and a tally scope other than none (at that scope; names only where the group may see them),
   * and the class tally 1:1 to every class teacher with a DingTalk id. Idempotent: each group and teacher
   * gets one tally per round ever (a delivery row with key {@code t<roundId>:group:<code>} or
   * {@code t<roundId>:teacher:<staffId>} is written before each send), so a second call posts nothing
   * and counts them as already done. A skipped round posts nothing.
   *
   * @throws com.chenbao.roster.UnknownSchool if no school has this code
   * @throws com.chenbao.forms.UnknownFormException if no form has this code
   * @throws IllegalStateException if the round has not been opened
   */
  TallyPostReport postTally(String schoolCode, String formCode, LocalDate date);
}
