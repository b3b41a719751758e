package com.chenbao.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.calendar.DayStatus.DayKind;
import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weekends, public holidays and make-up days from the built-in holiday file (no school closures).
 */
class HolidayCalendarTests {

  private static final TemplateProperties BUILT_IN = new TemplateProperties(null);
  private final HolidayCalendar calendar =
      new HolidayCalendar(BUILT_IN, new MessageTexts(BUILT_IN));

  private DayStatus status(String date) {
    return calendar.statusOf(LocalDate.parse(date));
  }

  @Test
  void weekdaysAreSchoolDaysAndWeekendsAreNot() {
    assertThat(status("2026-03-09"))
        .isEqualTo(new DayStatus(LocalDate.parse("2026-03-09"), true, DayKind.SCHOOL_DAY, "上课日"));
    assertThat(status("2026-03-07"))
        .isEqualTo(new DayStatus(LocalDate.parse("2026-03-07"), false, DayKind.WEEKEND, "周末"));
    assertThat(status("2026-03-08").schoolDay()).isFalse();
  }

  @Test
  void nationalDayWeekIsOffWithTheHolidaysName() {
    for (LocalDate day = LocalDate.parse("2026-10-01");
        !day.isAfter(LocalDate.parse("2026-10-07"));
        day = day.plusDays(1)) {
      assertThat(calendar.statusOf(day))
          .isEqualTo(new DayStatus(day, false, DayKind.PUBLIC_HOLIDAY, "国庆节"));
    }
    assertThat(status("2026-10-08").kind()).isEqualTo(DayKind.SCHOOL_DAY);
  }

  @Test
  void the2026ArrangementHasItsHolidaysAndMakeUpDays() {
    assertThat(status("2026-01-02").kind())
        .isEqualTo(DayKind.PUBLIC_HOLIDAY); // a Friday inside New Year
    assertThat(status("2026-02-16").reason()).isEqualTo("春节");
    assertThat(status("2026-02-23").kind())
        .isEqualTo(DayKind.PUBLIC_HOLIDAY); // Monday after the Spring Festival
    assertThat(status("2026-04-06").reason()).isEqualTo("清明节");
    assertThat(status("2026-05-05").reason()).isEqualTo("劳动节");
    assertThat(status("2026-06-19").reason()).isEqualTo("端午节");
    assertThat(status("2026-09-25").reason()).isEqualTo("中秋节");
  }

  @Test
  void aMakeUpSaturdayOrSundayIsASchoolDay() {
    assertThat(LocalDate.parse("2026-10-10").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(status("2026-10-10"))
        .isEqualTo(
            new DayStatus(LocalDate.parse("2026-10-10"), true, DayKind.MAKE_UP_DAY, "国庆节调休上课"));
    assertThat(status("2026-09-20").schoolDay()).isTrue();
    assertThat(status("2026-02-14").schoolDay()).isTrue();
    assertThat(status("2026-02-28").schoolDay()).isTrue();
    assertThat(status("2026-01-04").schoolDay()).isTrue();
    assertThat(status("2026-05-09").schoolDay()).isTrue();
  }

  @Test
  void bothYearsAreCoveredAndAYearWithoutDataKnowsOnlyWeekends() {
    assertThat(calendar.years()).containsExactlyInAnyOrder(2026, 2027);
    assertThat(status("2027-10-01").kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
    assertThat(status("2028-10-02").kind())
        .isEqualTo(DayKind.SCHOOL_DAY); // a Monday: no data for 2028
  }

  @Test
  void anOverrideFileReplacesItsYearsAndKeepsTheOthers(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("calendar"));
    Files.writeString(
        dir.resolve(HolidayCalendar.FILE),
        """
        years:
          2027:
            status: official
            source: test
            holidays:
              - {name: 国庆节, from: 2027-10-01, to: 2027-10-07, makeUpDays: [2027-09-26, 2027-10-09]}
          2028:
            status: provisional
            source: test
            holidays:
              - {name: 元旦, from: 2028-01-01, to: 2028-01-03}
        """);
    TemplateProperties override = new TemplateProperties(dir);
    HolidayCalendar edited = new HolidayCalendar(override, new MessageTexts(override));

    assertThat(edited.years()).containsExactlyInAnyOrder(2026, 2027, 2028);
    assertThat(edited.statusOf(LocalDate.parse("2027-10-07")).kind())
        .isEqualTo(DayKind.PUBLIC_HOLIDAY);
    assertThat(edited.statusOf(LocalDate.parse("2027-10-09")).kind())
        .isEqualTo(DayKind.MAKE_UP_DAY);
    assertThat(edited.statusOf(LocalDate.parse("2027-02-08")).kind())
        .as("2027 replaced as a whole")
        .isEqualTo(DayKind.SCHOOL_DAY);
    assertThat(edited.statusOf(LocalDate.parse("2026-10-01")).kind())
        .isEqualTo(DayKind.PUBLIC_HOLIDAY);
    assertThat(edited.statusOf(LocalDate.parse("2028-01-03")).kind())
        .isEqualTo(DayKind.PUBLIC_HOLIDAY);
  }

  @Test
  void aWrongFileIsRefusedWithEveryProblem() {
    String bad =
        """
        years:
          2026:
            status: offical
            holidays:
              - {name: 国庆节, from: 2026-10-01, to: 2026-10-07, makeUpDays: [2026-10-09]}
              - {name: 中秋节, from: 2026-10-07, to: 2027-10-08}
              - {name: 元旦, from: 2026-01-01, to: 2026-01-03, makeupDays: [2026-01-04]}
        """;

    assertThatThrownBy(() -> new HolidayFileReader().read("bad.yml", bad).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "bad.yml: years.2026.status: must be official or provisional, not 'offical'")
        .hasMessageContaining("2026-10-09 is a FRIDAY, not a Saturday or Sunday")
        .hasMessageContaining("2027-10-08 is not in 2026")
        .hasMessageContaining("unknown key 'makeupDays'");
  }

  @Test
  void aDayListedTwiceIsRefused() {
    String twice =
        """
        years:
          2026:
            status: official
            holidays:
              - {name: 中秋节, from: 2026-09-25, to: 2026-10-01}
              - {name: 国庆节, from: 2026-10-01, to: 2026-10-07}
        """;

    assertThatThrownBy(() -> new HolidayFileReader().read("twice.yml", twice).build())
        .hasMessageContaining("2026-10-01 is already listed for 中秋节");
  }
}
