package com.chenbao.calendar;

import java.time.LocalDate;
import java.util.List;

/** A school's own closures (short-notice closures, vacations): every date of one is off. */
public interface SchoolClosures {

  /**
   * Adds a closure; two closures may overlap (each is listed, the first one added is the reason
   * shown).
   *
   * @throws com.chenbao.roster.UnknownSchool if no school has this code
   * @throws IllegalArgumentException for a bad range or a missing or too long reason
   */
  Closure addClosure(String schoolCode, LocalDate from, LocalDate to, String reason);

  /** The school's closures, by start date. */
  List<Closure> closures(String schoolCode);

  /**
   * @throws ClosureNotFound if the school has no closure with this id
   */
  void removeClosure(String schoolCode, long id);
}
