package com.chenbao.rounds;

import com.chenbao.forms.Form;
import com.chenbao.roster.School;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A round with the school, form and cut-off the steps need to word and address their messages. */
record RoundContext(School school, Form form, RoundRow round, ZonedDateTime deadline) {

  long roundId() {
    return round.id();
  }

  LocalDate date() {
    return round.businessDate();
  }

  String deadlineText() {
    return RoundTexts.clock(deadline.toLocalTime());
  }
}
