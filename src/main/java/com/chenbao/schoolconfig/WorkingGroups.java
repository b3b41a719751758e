package com.chenbao.schoolconfig;

import java.util.List;

/** Read-only questions about a school's working groups and daily schedule, as last configured. */
public interface WorkingGroups {

  /**
   * The school's working groups in file order. Members named by rule (class teachers, grade leaders,
   * all staff) are resolved against the roster at call time; only active staff are listed; a person
   * both named and matched by a rule appears once, with the named role. Empty for an unknown school.
   */
  List<WorkingGroupView> groupsOf(long schoolId);

  /**
   * The step times of one form for the school. Every configured school has a {@code morning-report}
   * schedule; for a form the school has no schedule for, the result {@link SchoolSchedule#isEmpty()}.
   */
  SchoolSchedule scheduleOf(long schoolId, String formCode);
}
