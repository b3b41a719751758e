package com.chenbao.rounds;

import com.chenbao.forms.Form;
import com.chenbao.roster.School;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rounds API for the school day: resolve the codes an operator or the scheduler names, open a
 * round once (with its snapshot of expected people), close or skip it, and its cut-off.
 */
@Component
public class Rounds {

  private final RoundResolver resolver;
  private final RoundOpener opener;
  private final RoundMapper mapper;
  private final RoundTimes times;

  Rounds(RoundResolver resolver, RoundOpener opener, RoundMapper mapper, RoundTimes times) {
    this.resolver = resolver;
    this.opener = opener;
    this.mapper = mapper;
    this.times = times;
  }

  /**
   * @throws com.chenbao.roster.UnknownSchool if no school has the code
   */
  public School school(String schoolCode) {
    return resolver.school(schoolCode);
  }

  /**
   * @throws UnknownForm if no form has the code
   */
  public Form form(String formCode) {
    return resolver.form(formCode);
  }

  /** The school a round belongs to. */
  public School schoolById(long schoolId) {
    return resolver.schoolById(schoolId);
  }

  /**
   * The round of the form on the date, opened (row and expected snapshot in one transaction) if
   * need be.
   */
  public RoundRow open(long schoolId, Form form, LocalDate date) {
    return opener.open(schoolId, form, date);
  }

  /**
   * A skipped round without a snapshot, for a date nothing was sent on; the existing round if there
   * is one.
   */
  public RoundRow openSkipped(long schoolId, String formCode, LocalDate date, String reason) {
    return opener.openSkipped(schoolId, formCode, date, reason);
  }

  public @Nullable RoundRow findRound(long schoolId, String formCode, LocalDate date) {
    return mapper.findRound(schoolId, formCode, date);
  }

  public @Nullable RoundRow findRoundById(long roundId) {
    return mapper.findRoundById(roundId);
  }

  /** open to closed; 0 if the round was not open. */
  public int close(long roundId, Instant now) {
    return mapper.close(roundId, now);
  }

  /** open to skipped; 0 if the round was not open. */
  public int skip(long roundId, String reason) {
    return mapper.skip(roundId, reason);
  }

  /** The round's cut-off: the close time of the school's schedule (default 08:00) on the date. */
  public ZonedDateTime deadline(School school, String formCode, LocalDate date) {
    return times.deadline(school.id(), school.zone(), formCode, date);
  }
}
