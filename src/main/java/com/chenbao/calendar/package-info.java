/**
 * Calendar: which dates are school days (weekends, public holidays, make-up days, school closures)
 * and each school's daily schedule: per form, the local times of each {@link
 * com.chenbao.calendar.RoundStep}. Ringing the steps at those times is the school day's ({@code
 * com.chenbao.schoolday}).
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.calendar;
