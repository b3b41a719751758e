package com.chenbao.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.calendar.Closure;
import com.chenbao.calendar.RoundStep;
import com.chenbao.calendar.SchoolClosures;
import com.chenbao.schoolday.SchedulerTestBeans.RecordingRoundSteps;
import com.chenbao.schoolday.SchedulerTestBeans.SchedulerTest;
import com.chenbao.testkit.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * RoundBell against the demo school zhengyuan (push 06:30, reminds 07:15 and 07:45, close 08:00,
 * tally 08:05).
 */
@SchedulerTest
class RoundBellIntegrationTests {

  private static final String SCHOOL = "zhengyuan";
  private static final String FORM = "morning-report";
  private static final LocalTime PUSH_AT = LocalTime.of(6, 30);

  @Autowired RoundBell bell;
  @Autowired RecordingRoundSteps steps;
  @Autowired TestClock clock;
  @Autowired SchoolClosures calendar;

  @BeforeEach
  void forget() {
    steps.calls.clear();
  }

  private void ringAt(String localDateTime, RoundStep step, LocalTime dueAt) {
    clock.setShanghai(LocalDateTime.parse(localDateTime));
    bell.ring(SCHOOL, FORM, step, dueAt);
  }

  @Test
  void onASchoolDayThePushRunsForTodayInTheSchoolsZone() {
    // 06:30 in Shanghai is 22:30 of the day before in UTC: the round's date must be the local one.
    ringAt("2026-03-02T06:30:00", RoundStep.PUSH, PUSH_AT);

    assertThat(steps.calls).containsExactly("run zhengyuan morning-report 2026-03-02 push");
  }

  @Test
  void onAHolidayOrWeekendNothingRuns() {
    ringAt("2026-10-01T06:30:00", RoundStep.PUSH, PUSH_AT);
    ringAt("2026-10-01T08:05:00", RoundStep.TALLY, LocalTime.of(8, 5));
    ringAt("2026-03-07T06:30:00", RoundStep.PUSH, PUSH_AT);

    assertThat(steps.calls).isEmpty();
  }

  @Test
  void onAMakeUpSaturdayThePushRuns() {
    ringAt("2026-10-10T06:30:00", RoundStep.PUSH, PUSH_AT);

    assertThat(steps.calls).containsExactly("run zhengyuan morning-report 2026-10-10 push");
  }

  @Test
  void onADayTheSchoolClosedNothingRuns() {
    Closure closure =
        calendar.addClosure(
            SCHOOL, LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 11), "test closure");
    try {
      ringAt("2026-03-11T06:30:00", RoundStep.PUSH, PUSH_AT);
    } finally {
      calendar.removeClosure(SCHOOL, closure.id());
    }

    assertThat(steps.calls).isEmpty();
  }

  @Test
  void aLatePushBeforeTheCutOffPushesAtOnce() {
    ringAt("2026-03-03T07:40:00", RoundStep.PUSH, PUSH_AT);

    assertThat(steps.calls).containsExactly("run zhengyuan morning-report 2026-03-03 push");
  }

  @Test
  void aLatePushAfterTheCutOffSkipsTheRoundNamingTheTimes() {
    ringAt("2026-03-04T08:20:00", RoundStep.PUSH, PUSH_AT);

    assertThat(steps.calls).hasSize(1);
    assertThat(steps.calls.get(0))
        .startsWith("skip zhengyuan morning-report 2026-03-04 | ")
        .contains("06:30", "08:20", "08:00");
  }

  @Test
  void remindAndTeacherListsAfterTheCutOffAreNotRunButCloseAndTallyAre() {
    ringAt("2026-03-05T08:10:00", RoundStep.REMIND, LocalTime.of(7, 15));
    ringAt("2026-03-05T08:10:00", RoundStep.NOTIFY_TEACHERS, LocalTime.of(7, 50));
    ringAt("2026-03-05T09:30:00", RoundStep.CLOSE, LocalTime.of(8, 0));
    ringAt("2026-03-05T09:30:00", RoundStep.TALLY, LocalTime.of(8, 5));

    assertThat(steps.calls)
        .containsExactly(
            "run zhengyuan morning-report 2026-03-05 close",
            "run zhengyuan morning-report 2026-03-05 tally");
  }

  @Test
  void aLateRemindBeforeTheCutOffRuns() {
    ringAt("2026-03-05T07:59:00", RoundStep.REMIND, LocalTime.of(7, 45));

    assertThat(steps.calls).containsExactly("run zhengyuan morning-report 2026-03-05 remind");
  }

  @Test
  void aPushMissedOnTheDayBeforeIsRecordedAsSkippedForThatDay() {
    // Down from Monday 06:00 until Tuesday 05:00: Quartz fires Monday's push once, at 05:00 on
    // Tuesday.
    ringAt("2026-03-10T05:00:00", RoundStep.PUSH, PUSH_AT);
    ringAt("2026-03-10T05:00:00", RoundStep.REMIND, LocalTime.of(7, 15));

    assertThat(steps.calls).hasSize(1);
    assertThat(steps.calls.get(0))
        .startsWith("skip zhengyuan morning-report 2026-03-09 | ")
        .contains("06:30", "08:00");
  }

  @Test
  void aStaleFireAfterAHolidayRecordsNothing() {
    ringAt("2026-10-08T05:00:00", RoundStep.PUSH, PUSH_AT);

    assertThat(steps.calls).isEmpty();
  }

  @Test
  void aFireAFewMillisecondsEarlyIsOnTime() {
    ringAt("2026-03-02T06:29:59.998", RoundStep.PUSH, PUSH_AT);

    assertThat(steps.calls).containsExactly("run zhengyuan morning-report 2026-03-02 push");
  }
}
