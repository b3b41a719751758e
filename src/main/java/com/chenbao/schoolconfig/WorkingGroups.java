package com.chenbao.schoolconfig;

import java.util.List;

/**
 * Read-only questions about a school's working groups, as last configured. The school's daily
 * schedule is the calendar's ({@link com.chenbao.calendar.SchoolSchedules}).
 */
public interface WorkingGroups {

  /**
   * The school's working groups in file order. Members named by rule (class teachers, grade
   * leaders, all staff) are resolved against the roster at call time; only active staff are listed;
   * a person both named and matched by a rule appears once, with the named role. Empty for an
   * unknown school.
   */
  List<WorkingGroupView> groupsOf(long schoolId);
}
