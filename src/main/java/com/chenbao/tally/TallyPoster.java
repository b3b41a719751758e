package com.chenbao.tally;

import java.time.LocalDate;

/** Posts a round's tally to the working groups and class teachers (the round's tally step). */
public interface TallyPoster {

  /**
   * Posts the tally of the school's round of {@code formCode} on {@code date} to every working
   * group with a chat and a tally scope other than none (at that scope; names only where the group
   * may see them), and the class tally 1:1 to every class teacher with a DingTalk id. Idempotent
   * through the delivery ledger (keys {@code t<roundId>:group:<code>} and {@code
   * t<roundId>:teacher:<staffId>}): a second call posts nothing to those already sent and counts
   * them as already done, and sends a failed one again. A skipped round posts nothing.
   *
   * @throws com.chenbao.roster.UnknownSchool if no school has this code
   * @throws com.chenbao.forms.UnknownFormException if no form has this code
   * @throws IllegalStateException if the round has not been opened
   */
  TallyPostReport postTally(String schoolCode, String formCode, LocalDate date);
}
