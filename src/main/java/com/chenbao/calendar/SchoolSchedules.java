package com.chenbao.calendar;

import java.util.List;

/**
 * The daily rhythm of each school: per form, the local times (in the school's zone) of each step of
 * a round's day, as last configured by the school's file.
 */
public interface SchoolSchedules {

  /**
   * The step times of one form; {@link SchoolSchedule#isEmpty()} for a form the school has no
   * schedule for.
   */
  SchoolSchedule scheduleOf(long schoolId, String formCode);

  /** Every form the school has a schedule for, by form code. */
  List<SchoolSchedule> schedulesOf(long schoolId);

  /**
   * Replaces the school's whole schedule (every form) with {@code schedules}; joins the caller's
   * transaction, so a school file is applied all or nothing.
   */
  void replaceSchedules(long schoolId, List<SchoolSchedule> schedules);
}
