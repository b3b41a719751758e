package com.chenbao.tally;

import com.chenbao.messaging.OutboundMessage;
import java.time.LocalDate;
import java.util.Optional;

/** The tally of a round as data, computed when asked (for the admin API). Reads only. */
public interface TallyQuery {

  /**
   * The tally of the school's round of {@code formCode} on {@code date}; empty if there is no such
   * round.
   *
   * @throws com.chenbao.roster.UnknownSchool if no school has this code
   * @throws com.chenbao.forms.UnknownFormException if no form has this code
   */
  Optional<Tally> tallyOf(String schoolCode, String formCode, LocalDate date);

  /**
   * The class teacher's tally of one class now, as the message the scheduled tally sends them;
   * empty if there is no such round or the round expects nobody of that class.
   */
  Optional<OutboundMessage.Markdown> classTallyMessage(
      String schoolCode, String formCode, LocalDate date, long classId);
}
