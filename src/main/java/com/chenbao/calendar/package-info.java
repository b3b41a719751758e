/**
 * Calendar: which dates are school days (weekends, public holidays, make-up days, school closures) and
 * the clustered Quartz schedule that rings each round step at the school's times.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.calendar;
