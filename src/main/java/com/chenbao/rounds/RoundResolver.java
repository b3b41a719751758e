package com.chenbao.rounds;

import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.UnknownFormException;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.roster.UnknownSchool;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Turns the codes an operator or the scheduler names into the school and form. */
@Component
class RoundResolver {

  private final SchoolDirectory schools;
  private final FormCatalog forms;
  private final RoundTimes times;

  RoundResolver(SchoolDirectory schools, FormCatalog forms, RoundTimes times) {
    this.schools = schools;
    this.forms = forms;
    this.times = times;
  }

  /**
   * @throws UnknownSchool if no school has the code
   */
  School school(String schoolCode) {
    return schools.findSchool(schoolCode).orElseThrow(() -> new UnknownSchool(schoolCode));
  }

  /**
   * @throws UnknownForm if no form has the code
   */
  Form form(String formCode) {
    try {
      return forms.form(formCode);
    } catch (UnknownFormException e) {
      throw new UnknownForm(formCode, e);
    }
  }

  /** The school a round belongs to. */
  School schoolById(long schoolId) {
    return schools
        .findSchool(schoolId)
        .orElseThrow(() -> new IllegalStateException("No school with id " + schoolId));
  }

  /** The round's cut-off instant. */
  Instant deadline(RoundRow round) {
    School school = schoolById(round.schoolId());
    return times
        .deadline(school.id(), school.zone(), round.formCode(), round.businessDate())
        .toInstant();
  }
}
