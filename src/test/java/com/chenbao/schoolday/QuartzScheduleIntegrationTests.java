package com.chenbao.schoolday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chenbao.schoolday.SchedulerTestBeans.RecordingRoundSteps;
import com.chenbao.schoolday.SchedulerTestBeans.SchedulerTest;
import com.chenbao.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/** The clustered JDBC job store on the embedded MariaDB, with the scheduler running. */
@SchedulerTest
class QuartzScheduleIntegrationTests {

  @Autowired Scheduler scheduler;
  @Autowired JdbcTemplate jdbc;
  @Autowired RecordingRoundSteps steps;
  @Autowired TestClock clock;
  @Autowired TestRestTemplate http;
  @Autowired Environment environment;

  @BeforeEach
  void forget() {
    steps.calls.clear();
  }

  private List<Map<String, Object>> cronTriggers(String schoolCode) {
    return jdbc.queryForList(
        """
        SELECT t.TRIGGER_NAME, t.TRIGGER_TYPE, t.MISFIRE_INSTR, t.NEXT_FIRE_TIME, c.CRON_EXPRESSION, c.TIME_ZONE_ID
        FROM QRTZ_TRIGGERS t JOIN QRTZ_CRON_TRIGGERS c
          ON c.SCHED_NAME = t.SCHED_NAME AND c.TRIGGER_NAME = t.TRIGGER_NAME AND c.TRIGGER_GROUP = t.TRIGGER_GROUP
        WHERE t.SCHED_NAME = 'chenbao' AND t.TRIGGER_GROUP = ?
        ORDER BY t.TRIGGER_NAME""",
        RoundTriggers.group(schoolCode));
  }

  private static Map<String, String> cronByName(List<Map<String, Object>> rows) {
    return rows.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                row -> (String) row.get("TRIGGER_NAME"),
                row -> (String) row.get("CRON_EXPRESSION")));
  }

  @Test
  void theDemoSchoolHasOneCronTriggerPerStepAndTimeInItsZoneWithFireOnceNowMisfires() {
    List<Map<String, Object>> rows = cronTriggers("zhengyuan");

    assertThat(cronByName(rows))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "morning-report.push.1", "0 30 6 ? * *",
                "morning-report.remind.1", "0 15 7 ? * *",
                "morning-report.remind.2", "0 45 7 ? * *",
                "morning-report.notify-teachers.1", "0 50 7 ? * *",
                "morning-report.close.1", "0 0 8 ? * *",
                "morning-report.tally.1", "0 5 8 ? * *"));
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.get("TIME_ZONE_ID")).isEqualTo("Asia/Shanghai");
              assertThat(row.get("TRIGGER_TYPE")).isEqualTo("CRON");
              assertThat(((Number) row.get("MISFIRE_INSTR")).intValue())
                  .isEqualTo(1); // FIRE_ONCE_NOW
            });
  }

  @Test
  void reApplyingASchoolKeepsUnchangedTriggersAndReplacesChangedOnes() {
    String code = "t-sched-apply";
    assertThat(put(code, schoolFile(code, "06:30", "[\"07:15\", \"07:45\"]")))
        .isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> first = cronTriggers(code);

    assertThat(put(code, schoolFile(code, "06:30", "[\"07:15\", \"07:45\"]")))
        .isEqualTo(HttpStatus.OK);
    assertThat(cronTriggers(code))
        .as("same file again: same rows, same next fire times")
        .isEqualTo(first);
    assertThat(first).hasSize(6);

    assertThat(put(code, schoolFile(code, "06:40", "[]"))).isEqualTo(HttpStatus.OK);
    Map<String, String> changed = cronByName(cronTriggers(code));
    assertThat(changed)
        .hasSize(4)
        .containsEntry("morning-report.push.1", "0 40 6 ? * *")
        .doesNotContainKeys("morning-report.remind.1", "morning-report.remind.2");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'chenbao' AND JOB_GROUP = ?",
                Integer.class,
                RoundTriggers.group(code)))
        .isEqualTo(4);
  }

  @Test
  void aJobFiredThroughQuartzReachesRoundStepsExactlyOnce() throws Exception {
    clock.setShanghai(LocalDateTime.parse("2026-03-02T08:00:00"));
    String expected = "run zhengyuan morning-report 2026-03-02 close";

    JobKey close = JobKey.jobKey("morning-report.close.1", RoundTriggers.group("zhengyuan"));
    scheduler.triggerJob(close);

    await().atMost(Duration.ofSeconds(30)).until(() -> steps.count(expected) == 1);
    // Not a pause: wait until Quartz itself has nothing left of the manual fire (its one-shot
    // trigger is
    // gone and no fire is in flight), then the count is final.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> firesInFlight(close) == 0 && oneShotTriggers(close) == 0);
    assertThat(steps.count(expected)).isEqualTo(1);
  }

  @Test
  void twoClusteredInstancesFireEachTriggerOnce(
      @Autowired DataSource dataSource,
      @Autowired PlatformTransactionManager transactions,
      @Autowired QuartzProperties quartz,
      @Autowired ApplicationContext context)
      throws Exception {
    SchedulerFactoryBean second = secondInstance(dataSource, transactions, quartz, context);
    try {
      clock.setShanghai(LocalDateTime.parse("2026-03-02T08:05:00"));
      String expected = "run zhengyuan morning-report 2026-03-02 tally";
      JobKey tally = JobKey.jobKey("morning-report.tally.1", RoundTriggers.group("zhengyuan"));
      Date at = new Date(System.currentTimeMillis() + 2000);
      for (int i = 0; i < 8; i++) {
        scheduler.scheduleJob(
            TriggerBuilder.newTrigger()
                .withIdentity("once-" + i, "t-cluster")
                .forJob(tally)
                .startAt(at)
                .withSchedule(
                    SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build());
      }

      await().atMost(Duration.ofSeconds(60)).until(() -> steps.count(expected) >= 8);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> firesInFlight(tally) == 0 && oneShotTriggers(tally) == 0);
      assertThat(steps.count(expected)).as("8 one-shot triggers, two instances").isEqualTo(8);
      assertThat(
              jdbc.queryForList(
                  "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'chenbao'",
                  String.class))
          .contains("second-instance")
          .hasSizeGreaterThanOrEqualTo(2);
    } finally {
      second.destroy();
    }
  }

  @Test
  void theTablesComeFromTheMigrationAndTheStoreIsClustered() throws Exception {
    assertThat(environment.getProperty("spring.quartz.jdbc.initialize-schema")).isEqualTo("never");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '6' AND success = 1",
                Integer.class))
        .isEqualTo(1);
    // Quartz's own script would create them with the server's default collation; ours says
    // utf8mb4_bin.
    assertThat(
            jdbc.queryForList(
                """
        SELECT TABLE_NAME FROM information_schema.TABLES
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'QRTZ\\_%' AND TABLE_COLLATION = 'utf8mb4_bin'""",
                String.class))
        .containsExactlyInAnyOrder(
            "QRTZ_JOB_DETAILS",
            "QRTZ_TRIGGERS",
            "QRTZ_SIMPLE_TRIGGERS",
            "QRTZ_CRON_TRIGGERS",
            "QRTZ_SIMPROP_TRIGGERS",
            "QRTZ_BLOB_TRIGGERS",
            "QRTZ_CALENDARS",
            "QRTZ_PAUSED_TRIGGER_GRPS",
            "QRTZ_FIRED_TRIGGERS",
            "QRTZ_SCHEDULER_STATE",
            "QRTZ_LOCKS");
    assertThat(scheduler.isStarted()).isTrue();
    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
  }

  private static SchedulerFactoryBean secondInstance(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      QuartzProperties quartz,
      ApplicationContext context)
      throws Exception {
    SchedulerFactoryBean second = new SchedulerFactoryBean();
    Properties properties = new Properties();
    properties.putAll(quartz.getProperties());
    properties.put("org.quartz.scheduler.instanceId", "second-instance");
    properties.put("org.quartz.scheduler.instanceName", "chenbao");
    second.setQuartzProperties(properties);
    second.setSchedulerName("chenbao");
    second.setDataSource(dataSource);
    second.setTransactionManager(transactions);
    SpringBeanJobFactory jobs = new SpringBeanJobFactory();
    jobs.setApplicationContext(context);
    second.setJobFactory(jobs);
    second.setApplicationContext(context);
    second.afterPropertiesSet();
    second.start();
    return second;
  }

  private HttpStatus put(String code, String yaml) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/yaml"));
    headers.setBearerAuth("test-admin-token");
    return HttpStatus.valueOf(
        http.exchange(
                "/api/schools/" + code,
                HttpMethod.PUT,
                new HttpEntity<>(yaml.getBytes(StandardCharsets.UTF_8), headers),
                String.class)
            .getStatusCode()
            .value());
  }

  private static String schoolFile(String code, String push, String reminds) {
    return """
        code: %s
        name: Scheduler test school
        timeZone: Asia/Shanghai
        schedule:
          morning-report:
            push: "%s"
            remind: %s
            notify-teachers: "07:50"
            close: "08:00"
            tally: "08:05"
        """
        .formatted(code, push, reminds);
  }

  /** Fires of the job acquired or executing on any instance. */
  private int firesInFlight(JobKey job) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE SCHED_NAME = 'chenbao'"
            + " AND JOB_NAME = ? AND JOB_GROUP = ?",
        Integer.class,
        job.getName(),
        job.getGroup());
  }

  /**
   * One-shot (simple) triggers of the job still waiting or running: Quartz deletes each once it has
   * fired.
   */
  private int oneShotTriggers(JobKey job) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'chenbao' AND TRIGGER_TYPE = 'SIMPLE'"
            + " AND JOB_NAME = ? AND JOB_GROUP = ?",
        Integer.class,
        job.getName(),
        job.getGroup());
  }
}
