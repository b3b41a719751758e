package com.chenbao.rounds;

import com.chenbao.forms.Form;
import com.chenbao.roster.School;
import java.time.LocalDate;

/** A read named a round that was never opened. */
class NoRound extends RuntimeException {

  private final School school;
  private final Form form;
  private final LocalDate date;

  NoRound(School school, Form form, LocalDate date) {
    super("No round of " + form.code() + " on " + date + " for school " + school.code());
    this.school = school;
    this.form = form;
    this.date = date;
  }

  School school() {
    return school;
  }

  Form form() {
    return form;
  }

  LocalDate date() {
    return date;
  }
}
