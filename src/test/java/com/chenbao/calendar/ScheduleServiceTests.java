package com.chenbao.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.testkit.TestClock;
import com.chenbao.testkit.TestDatabase;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The calendar's schedule against the real database, without the whole application: MyBatis, Flyway
 * and the two services it needs (the schedule and, for the school row, the roster's directory).
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({TestDatabase.class, ScheduleService.class, ScheduleServiceTests.Beans.class})
class ScheduleServiceTests {

  @TestConfiguration(proxyBeanMethods = false)
  @ComponentScan(
      basePackageClasses = SchoolDirectory.class,
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = SchoolDirectory.class))
  static class Beans {
    @Bean
    Clock clock() {
      return new TestClock();
    }
  }

  @Autowired SchoolSchedules schedules;
  @Autowired SchoolDirectory directory;

  @Test
  void replacingKeepsEachFormsStepTimesInOrderAndDropsFormsNoLongerGiven() {
    School school = directory.ensureSchool("sched-slice", "课表小学", ZoneId.of("Asia/Shanghai"));
    SchoolSchedule daily =
        new SchoolSchedule(
            "morning-report",
            Map.of(
                RoundStep.PUSH, List.of(LocalTime.of(6, 40)),
                RoundStep.REMIND, List.of(LocalTime.of(7, 15), LocalTime.of(7, 45)),
                RoundStep.CLOSE, List.of(LocalTime.of(8, 0))));
    SchoolSchedule once =
        new SchoolSchedule(
            "health-declaration", Map.of(RoundStep.PUSH, List.of(LocalTime.of(9, 0))));

    schedules.replaceSchedules(school.id(), List.of(daily, once));

    assertThat(schedules.scheduleOf(school.id(), "morning-report")).isEqualTo(daily);
    assertThat(schedules.schedulesOf(school.id())).containsExactly(once, daily); // by form code
    assertThat(schedules.scheduleOf(school.id(), "midday-check").isEmpty()).isTrue();

    schedules.replaceSchedules(school.id(), List.of(daily));

    assertThat(schedules.schedulesOf(school.id())).containsExactly(daily);
  }
}
