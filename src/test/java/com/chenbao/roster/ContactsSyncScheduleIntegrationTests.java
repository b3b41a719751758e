package com.chenbao.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The weekly doorbell: its trigger, and that a ring syncs every school and records each run as scheduled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactsSyncScheduleIntegrationTests {

  @Autowired @Qualifier("contactsSyncTrigger") Trigger trigger;
  @Autowired ContactsSyncService sync;
  @Autowired JdbcTemplate jdbc;

  @Test
  void firesWeeklyOnSundayNightInChinaTimeAndSkipsAMissedWeek() {
    CronTrigger cron = (CronTrigger) trigger;

    assertThat(cron.getCronExpression()).isEqualTo("0 17 3 ? * SUN");
    assertThat(cron.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Shanghai"));
    assertThat(cron.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
  }

  @Test
  void aRingSyncsEverySchool() {
    int schools = jdbc.queryForObject("SELECT COUNT(*) FROM schools", Integer.class);
    int before = scheduledRuns();

    new ContactsSyncJob(sync).executeInternal(null);

    assertThat(scheduledRuns() - before).isEqualTo(schools);
    assertThat(jdbc.queryForObject("SELECT r.outcome FROM roster_contacts_syncs r JOIN schools s ON s.id = r.school_id"
        + " WHERE s.code = 'zhengyuan' AND r.trigger_kind = 'scheduled' ORDER BY r.id DESC LIMIT 1", String.class))
        .isEqualTo("completed");
  }

  private int scheduledRuns() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM roster_contacts_syncs WHERE trigger_kind = 'scheduled'",
        Integer.class);
  }
}
