package com.chenbao.schoolday;

import com.chenbao.forms.Form;
import com.chenbao.roster.School;
import com.chenbao.rounds.RoundRow;
import com.chenbao.rounds.Rounds;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A round with the school, form and cut-off the steps need to word and address their messages. */
record RoundContext(School school, Form form, RoundRow round, ZonedDateTime deadline) {

  static RoundContext of(Rounds rounds, School school, Form form, RoundRow round) {
    return new RoundContext(
        school, form, round, rounds.deadline(school, form.code(), round.businessDate()));
  }

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
