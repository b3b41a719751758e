package com.chenbao.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.sandbox.SandboxHomeSchool;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly doorbell: its trigger, and that a ring syncs every school and records each run as
 * scheduled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactsSyncScheduleIntegrationTests {

  @Autowired
  @Qualifier("contactsSyncTrigger")
  Trigger trigger;

  @Autowired ContactsSyncService sync;
  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxHomeSchool homeSchool;

  @Test
  void firesWeeklyOnSundayNightInChinaTimeAndSkipsAMissedWeek() {
    CronTrigger cron = (CronTrigger) trigger;

    assertThat(cron.getCronExpression()).isEqualTo("0 17 3 ? * SUN");
    assertThat(cron.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Shanghai"));
    assertThat(cron.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
  }

  @Test
  void aRingSyncsEverySchool() {
    // An org with no classes yet: each school's sync costs two tree calls and finds nothing.
    homeSchool.replace(
        new SandboxHomeSchool.Contacts("Campus", List.of(), List.of(), List.of(), List.of()));
    int schools = jdbc.queryForObject("SELECT COUNT(*) FROM schools", Integer.class);
    int before = scheduledRuns();

    new ContactsSyncJob(sync).executeInternal(null);

    assertThat(scheduledRuns() - before).isEqualTo(schools);
    assertThat(
            jdbc.queryForList(
                "SELECT outcome FROM roster_contacts_syncs WHERE trigger_kind = 'scheduled'"
                    + " ORDER BY id DESC LIMIT ?",
                String.class,
                schools))
        .containsOnly("completed");
  }

  @AfterEach
  void backToTheDemo() {
    homeSchool.reset();
  }

  private int scheduledRuns() {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM roster_contacts_syncs WHERE trigger_kind = 'scheduled'",
        Integer.class);
  }
}
