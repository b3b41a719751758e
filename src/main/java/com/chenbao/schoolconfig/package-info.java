/**
 * School configuration files: one YAML file per school (structure, working groups, chat bindings,
 * subscriptions, daily schedule), validated and applied at start-up and through the admin API (the
 * schedule is written to the calendar's {@link com.chenbao.calendar.SchoolSchedules}); the {@link
 * com.chenbao.schoolconfig.WorkingGroups} query API for features that post to working groups.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.schoolconfig;
