package com.chenbao.schoolconfig;

/** What an apply wrote: counts from the file, for the admin API and the start-up log. */
record ApplySummary(
    String code,
    String name,
    int grades,
    int classes,
    int groups,
    int namedMembers,
    int scheduleSteps) {}
