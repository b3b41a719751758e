package com.chenbao.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.calendar.RoundStep;
import com.chenbao.calendar.SchoolSchedule;
import com.chenbao.calendar.SchoolSchedules;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cut-off and the remind slot from a school's schedule: plain logic, no application needed. */
class RoundTimesTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate DATE = LocalDate.of(2026, 3, 2);

  final Map<String, SchoolSchedule> byForm = new HashMap<>();
  final RoundTimes times =
      new RoundTimes(
          new SchoolSchedules() {
            @Override
            public SchoolSchedule scheduleOf(long schoolId, String formCode) {
              return byForm.getOrDefault(formCode, new SchoolSchedule(formCode, Map.of()));
            }

            @Override
            public List<SchoolSchedule> schedulesOf(long schoolId) {
              return List.copyOf(byForm.values());
            }

            @Override
            public void replaceSchedules(long schoolId, List<SchoolSchedule> schedules) {
              throw new UnsupportedOperationException();
            }
          });

  @Test
  void theCutOffIsTheScheduledCloseTimeOrTheDefault() {
    byForm.put(
        "daily",
        new SchoolSchedule("daily", Map.of(RoundStep.CLOSE, List.of(LocalTime.of(8, 30)))));

    assertThat(times.deadline(1, SHANGHAI, "daily", DATE))
        .isEqualTo(DATE.atTime(8, 30).atZone(SHANGHAI));
    assertThat(times.deadline(1, SHANGHAI, "unscheduled", DATE))
        .isEqualTo(DATE.atTime(8, 0).atZone(SHANGHAI));
  }

  @Test
  void theRemindSlotCountsTheRemindTimesThatHaveComeWithAMinuteOfGrace() {
    byForm.put(
        "daily",
        new SchoolSchedule(
            "daily", Map.of(RoundStep.REMIND, List.of(LocalTime.of(7, 15), LocalTime.of(7, 45)))));

    assertThat(slotAt("daily", LocalTime.of(7, 0))).isEqualTo(1);
    assertThat(slotAt("daily", LocalTime.of(7, 14))).isEqualTo(1); // early fire: still the first
    assertThat(slotAt("daily", LocalTime.of(7, 30))).isEqualTo(1);
    assertThat(slotAt("daily", LocalTime.of(7, 44, 30))).isEqualTo(2);
    assertThat(slotAt("daily", LocalTime.of(9, 0))).isEqualTo(2);
    assertThat(
            times.remindSlot(
                1,
                SHANGHAI,
                "daily",
                DATE.minusDays(1),
                LocalDateTime.of(DATE, LocalTime.of(6, 0)).atZone(SHANGHAI).toInstant()))
        .isEqualTo(2); // a past date
  }

  private int slotAt(String form, LocalTime local) {
    return times.remindSlot(
        1, SHANGHAI, form, DATE, LocalDateTime.of(DATE, local).atZone(SHANGHAI).toInstant());
  }
}
