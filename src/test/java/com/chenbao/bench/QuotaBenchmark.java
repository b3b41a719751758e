package com.chenbao.bench;

import com.chenbao.ChenbaoApplication;
import com.chenbao.calendar.RoundStep;
import com.chenbao.roster.RosterImporter;
import com.chenbao.sandbox.SandboxCallbackSender;
import com.chenbao.sandbox.SandboxCalls;
import com.chenbao.schoolday.RoundSteps;
import com.chenbao.testkit.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quota benchmark (not a test; run by bench/quota.sh): a school of 1,000 families in 30 classes
 * through 22 school days, against the sandbox's DingTalk stand-in over real HTTP, which counts
 * every call that reaches it. The whole service runs in this JVM (embedded MariaDB under
 * target/bench-quota, scheduler off); the clock is moved through each morning and the steps are
 * rung as the scheduler would ring them. Families answer by signed callbacks in waves (most before
 * the first reminder, some after each reminder, a few after the cut-off, some never), a few answers
 * a day are anomalies (fever, cough). See bench/README.md.
 */
public final class QuotaBenchmark {

  static final String CODE = "quota";
  static final String FORM = "morning-report";
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String ADMIN_TOKEN = "bench-quota-admin-token";
  static final String[] GRADES = {"一年级", "二年级", "三年级", "四年级", "五年级", "六年级"};
  static final int CLASSES_PER_GRADE = 5;
  static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林",
    "罗"
  };
  static final String GIVEN = "明红华军芳伟静丽强磊洋艳勇杰娟涛超秀霞平刚桂英晨宇浩然欣怡子涵梓萱雨轩";

  /**
   * Chance that a family (staff member) still missing answers in each wave; the rest stay missing.
   */
  static final double[] FAMILY_WAVES = {0.80, 0.55, 0.50, 0.30};

  static final double[] STAFF_WAVES = {0.85, 0.60, 0.50, 0.30};
  static final LocalTime[] WAVE_TIMES = {
    LocalTime.of(6, 50), LocalTime.of(7, 25), LocalTime.of(7, 47), LocalTime.of(8, 2)
  };
  static final int ANOMALIES_A_DAY = 3;

  record Family(int index, String userId, List<String> children) {}

  @TestConfiguration(proxyBeanMethods = false)
  static class Clocks {
    @Bean
    @Primary
    TestClock benchClock() {
      // Moved through each school morning (Asia/Shanghai wall time).
      return new TestClock(Instant.parse("2026-03-01T22:00:00Z"));
    }
  }

  public static void main(String[] args) throws Exception {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 22;
    int families = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Path data = Path.of("target/bench-quota").toAbsolutePath();
    deleteTree(data);
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ChenbaoApplication.class, Clocks.class)
            // As arguments, so they win over the test resources' config/application.yml on the
            // class path.
            .run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--chenbao.data-dir=" + data,
                "--chenbao.embedded-db.wipe-on-start=true",
                "--chenbao.demo.enabled=false",
                "--chenbao.scheduler.enabled=false",
                "--chenbao.sandbox.enabled=true",
                "--management.server.port=0",
                "--chenbao.admin.token=" + ADMIN_TOKEN,
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
    int exit = 0;
    try {
      new QuotaBenchmark(app).run(days, families);
    } catch (Exception | AssertionError e) {
      e.printStackTrace();
      exit = 1;
    } finally {
      app.close();
    }
    // The embedded database and the inbound worker keep threads of their own; the figures are
    // printed.
    System.exit(exit);
  }

  private final ConfigurableApplicationContext app;
  private final TestClock clock;
  private final RoundSteps steps;
  private final SandboxCallbackSender dingtalk;
  private final SandboxCalls calls;
  private final JdbcTemplate jdbc;
  private final ExecutorService senders = Executors.newFixedThreadPool(4);

  private QuotaBenchmark(ConfigurableApplicationContext app) {
    this.app = app;
    this.clock = app.getBean(TestClock.class);
    this.steps = app.getBean(RoundSteps.class);
    this.dingtalk = app.getBean(SandboxCallbackSender.class);
    this.calls = app.getBean(SandboxCalls.class);
    this.jdbc = app.getBean(JdbcTemplate.class);
  }

  private void run(int days, int familyCount) throws Exception {
    List<LocalDate> schoolDays = schoolDays(LocalDate.of(2026, 3, 2), days);
    clock.setShanghai(LocalDateTime.of(schoolDays.get(0).minusDays(1), LocalTime.NOON));
    Random random = new Random(20260302L);
    List<Family> families = families(familyCount, random);
    List<String> staff = setUpTheSchool(families, random);
    int students = families.stream().mapToInt(f -> f.children().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "school: %d families (%d guardians on DingTalk), %d students in %d classes, %d staff%n",
        families.size(),
        families.size(),
        students,
        GRADES.length * CLASSES_PER_GRADE,
        staff.size());

    Map<String, Long> start = calls.snapshot();
    long started = System.nanoTime();
    for (LocalDate day : schoolDays) {
      Map<String, Long> before = calls.snapshot();
      String answered = runDay(day, families, staff, random);
      Map<String, Long> after = calls.snapshot();
      System.out.printf(
          Locale.ROOT,
          "day %s: calls=%d (%s) %s%n",
          day,
          quotaCalls(before, after),
          diff(before, after),
          answered);
    }
    Map<String, Long> end = calls.snapshot();
    long total = quotaCalls(start, end);

    System.out.println("calls by purpose (the service's own accounting, api_call_counts):");
    Map<String, Long> byPurpose = new TreeMap<>();
    jdbc.query(
        "SELECT purpose, SUM(calls) FROM api_call_counts GROUP BY purpose",
        rs -> {
          byPurpose.put(rs.getString(1), rs.getLong(2));
        });
    long counted = 0;
    for (Map.Entry<String, Long> e : byPurpose.entrySet()) {
      counted += e.getValue();
      System.out.printf(
          Locale.ROOT,
          "  purpose %-14s %6d  (%.1f/day)%n",
          e.getKey(),
          e.getValue(),
          e.getValue() / (double) days);
    }
    long tokens =
        end.getOrDefault(SandboxCalls.TOKEN, 0L) - start.getOrDefault(SandboxCalls.TOKEN, 0L);
    System.out.printf(
        Locale.ROOT,
        "  purpose %-14s %6d  (%.1f/day, exempt from the quota, counted here anyway)%n",
        "token",
        tokens,
        tokens / (double) days);
    System.out.printf(
        Locale.ROOT,
        "calls at the stand-in: %s; session-webhook replies (free): %d%n",
        diff(start, end),
        end.getOrDefault(SandboxCalls.SESSION_WEBHOOK, 0L)
            - start.getOrDefault(SandboxCalls.SESSION_WEBHOOK, 0L));
    System.out.printf(
        Locale.ROOT,
        "accounting check: stand-in counted %d quota calls, the service %d%n",
        total - tokens,
        counted);
    System.out.printf(
        Locale.ROOT, "wall %.0f s for %d days%n", (System.nanoTime() - started) / 1e9, days);
    long perDay = Math.round(total / (double) days);
    System.out.printf(
        Locale.ROOT,
        "quota families=%d calls/day=%d calls/month=%d%n",
        families.size(),
        perDay,
        Math.round(total * 22.0 / days));
  }

  /**
   * One morning: push, answer waves between the reminders, teacher lists, close, late answers,
   * tally.
   */
  private String runDay(LocalDate day, List<Family> families, List<String> staff, Random random)
      throws Exception {
    at(day, LocalTime.of(6, 30));
    steps.run(CODE, FORM, day, RoundStep.PUSH);

    List<Family> missingFamilies = new ArrayList<>(families);
    List<String> missingStaff = new ArrayList<>(staff);
    int anomalies = 0;
    int[] answeredPerWave = new int[WAVE_TIMES.length];
    for (int wave = 0; wave < WAVE_TIMES.length; wave++) {
      if (wave == 1) {
        at(day, LocalTime.of(7, 15));
        steps.run(CODE, FORM, day, RoundStep.REMIND);
      } else if (wave == 2) {
        at(day, LocalTime.of(7, 45));
        steps.run(CODE, FORM, day, RoundStep.REMIND);
      } else if (wave == 3) {
        at(day, LocalTime.of(7, 50));
        steps.run(CODE, FORM, day, RoundStep.NOTIFY_TEACHERS);
        at(day, LocalTime.of(8, 0));
        steps.run(CODE, FORM, day, RoundStep.CLOSE);
      }
      at(day, WAVE_TIMES[wave]);
      List<String[]> messages = new ArrayList<>();
      List<Family> stillMissing = new ArrayList<>();
      for (Family f : missingFamilies) {
        if (random.nextDouble() < FAMILY_WAVES[wave]) {
          boolean anomaly =
              wave == 0
                  && anomalies < ANOMALIES_A_DAY
                  && f.children().size() == 1
                  && random.nextInt(200) == 0;
          anomalies += anomaly ? 1 : 0;
          messages.add(
              new String[] {f.userId(), anomaly ? anomalyText(anomalies) : answerText(f, random)});
        } else {
          stillMissing.add(f);
        }
      }
      List<String> staffStillMissing = new ArrayList<>();
      for (String s : missingStaff) {
        if (random.nextDouble() < STAFF_WAVES[wave]) {
          messages.add(new String[] {s, random.nextInt(3) == 0 ? "36.4" : "全部正常"});
        } else {
          staffStillMissing.add(s);
        }
      }
      answeredPerWave[wave] = messages.size();
      send(messages);
      missingFamilies = stillMissing;
      missingStaff = staffStillMissing;
    }
    at(day, LocalTime.of(8, 5));
    steps.run(CODE, FORM, day, RoundStep.TALLY);
    settle();
    return String.format(
        Locale.ROOT,
        "answers by wave %s, never %d families, anomalies %d",
        java.util.Arrays.toString(answeredPerWave),
        missingFamilies.size(),
        anomalies);
  }

  private static String answerText(Family f, Random random) {
    if (f.children().size() > 1) {
      return random.nextInt(4) == 0 ? "大宝36.5 小宝36.7" : "全部正常";
    }
    return switch (random.nextInt(4)) {
      case 0 -> "36.5";
      case 1 -> "正常";
      default -> "全部正常";
    };
  }

  private static String anomalyText(int n) {
    return n % 3 == 1 ? "38.3 发烧" : "37.2 咳嗽";
  }

  /** Sends the messages as signed callbacks (4 at a time) and waits until every one is answered. */
  private void send(List<String[]> messages) throws Exception {
    List<Future<SandboxCallbackSender.Delivery>> sent = new ArrayList<>();
    for (String[] m : messages) {
      sent.add(senders.submit(() -> dingtalk.sendText(m[0], m[1])));
    }
    for (Future<SandboxCallbackSender.Delivery> f : sent) {
      int status = f.get().status();
      if (status != 200) {
        throw new IllegalStateException("callback answered " + status);
      }
    }
    settle();
  }

  /**
   * Waits until the inbound worker has handled every message and the alert outbox is empty. A
   * message whose handling failed (concurrent answers can deadlock in the database) is retried
   * after a backoff on the service's clock, so when nothing moved for half a second the clock moves
   * on 30 seconds.
   */
  private void settle() throws InterruptedException {
    long deadline = System.nanoTime() + 300_000_000_000L;
    long checkAt = System.nanoTime() + 500_000_000L;
    int lastOpen = -1;
    while (System.nanoTime() < deadline) {
      int open =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM inbound_messages WHERE status NOT IN ('handled', 'failed')",
              Integer.class);
      // Alerts: answers whose listener has not run yet, and deliveries the paced queue still holds.
      int alerts =
          jdbc.queryForObject(
                  "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL",
                  Integer.class)
              + jdbc.queryForObject(
                  "SELECT COUNT(*) FROM deliveries WHERE status IN ('queued', 'pending')",
                  Integer.class);
      if (open == 0 && alerts == 0) {
        return;
      }
      if (System.nanoTime() > checkAt) {
        if (open + alerts == lastOpen) {
          clock.advance(java.time.Duration.ofSeconds(30));
        }
        lastOpen = open + alerts;
        checkAt = System.nanoTime() + 500_000_000L;
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("the service did not settle within 5 minutes");
  }

  private void at(LocalDate day, LocalTime time) {
    clock.setShanghai(LocalDateTime.of(day, time));
  }

  private static List<LocalDate> schoolDays(LocalDate from, int count) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; days.size() < count; d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
    return days;
  }

  /**
   * 1,000 families: about 8% with two children at the school (in different classes), one guardian
   * on DingTalk each.
   */
  private static List<Family> families(int count, Random random) {
    List<Family> families = new ArrayList<>();
    int student = 0;
    for (int i = 0; i < count; i++) {
      int children = random.nextInt(100) < 8 ? 2 : 1;
      List<String> names = new ArrayList<>();
      String surname = SURNAMES[i % SURNAMES.length];
      for (int c = 0; c < children; c++) {
        names.add(
            surname
                + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + GIVEN.charAt(student++ % GIVEN.length()));
      }
      families.add(new Family(i, String.format("u_quota_f%04d", i), names));
    }
    return families;
  }

  /**
   * The school file (groups as in the demo school, 30 classes) and the roster; returns the staff's
   * userIds.
   */
  private List<String> setUpTheSchool(List<Family> families, Random random)
      throws IOException, InterruptedException {
    StringBuilder file =
        new StringBuilder("code: " + CODE + "\nname: 配额评测小学\ntimeZone: Asia/Shanghai\ngrades:\n");
    List<String> staff = new ArrayList<>();
    for (int g = 0; g < GRADES.length; g++) {
      List<String> classes = new ArrayList<>();
      for (int c = 1; c <= CLASSES_PER_GRADE; c++) {
        classes.add(c + "班");
      }
      file.append("  - {name: ")
          .append(GRADES[g])
          .append(", classes: [")
          .append(String.join(", ", classes))
          .append("], leader: {name: 组长")
          .append(g + 1)
          .append(", dingtalkId: t_quota_lead")
          .append(g)
          .append("}}\n");
      staff.add("t_quota_lead" + g);
    }
    file.append(
        """
        groups:
          - code: leadership
            name: 领导小组
            members:
              - {name: 校长, dingtalkId: t_quota_head, role: 组长}
              - {name: 副校长, dingtalkId: t_quota_deputy, role: 副组长}
            chat: {robot: {openConversationId: cid-quota-leadership}}
            receives: {tally: school, names: false, alerts: [fever, red_code, contact]}
          - code: personnel
            name: 人员管理组
            members:
              - {name: 副校长, dingtalkId: t_quota_deputy, role: 组长}
            include: [grade-leaders, class-teachers]
            chat: {robot: {openConversationId: cid-quota-personnel}}
            receives: {tally: class, names: true, missingNames: true, alerts: [all]}
          - code: logistics
            name: 后勤保障组
            members:
              - {name: 保安甲, dingtalkId: t_quota_guard1, role: 组长}
              - {name: 保安乙, dingtalkId: t_quota_guard2, role: 成员}
              - {name: 值班丙, dingtalkId: t_quota_duty, role: 成员}
            chat: {robot: {openConversationId: cid-quota-logistics}}
            receives: {tally: none, names: true, alerts: [fever, red_code]}
          - code: teaching
            name: 教学指导组
            members:
              - {name: 教研丁, dingtalkId: t_quota_teach1, role: 组长}
              - {name: 教研戊, dingtalkId: t_quota_teach2, role: 成员}
            chat: {robot: {openConversationId: cid-quota-teaching}}
            receives: {tally: none, names: true, absentees: true}
          - code: publicity
            name: 宣传及办公室工作组
            members:
              - {name: 小编己, dingtalkId: t_quota_editor, role: 组长}
            chat: {robot: {openConversationId: cid-quota-publicity}}
            receives: {tally: school, names: false}
        schedule:
          morning-report:
            push: "06:30"
            remind: ["07:15", "07:45"]
            notify-teachers: "07:50"
            close: "08:00"
            tally: "08:05"
        """);
    staff.addAll(
        List.of(
            "t_quota_head",
            "t_quota_deputy",
            "t_quota_guard1",
            "t_quota_guard2",
            "t_quota_duty",
            "t_quota_teach1",
            "t_quota_teach2",
            "t_quota_editor"));
    String port = app.getEnvironment().getProperty("local.server.port");
    HttpResponse<String> put =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/schools/" + CODE))
                    .header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .header("Content-Type", "application/yaml")
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            file.toString(), StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (put.statusCode() != 200) {
      throw new IllegalStateException(
          "school file refused: " + put.statusCode() + " " + put.body());
    }

    List<String> rows = new ArrayList<>();
    rows.add("年级,班级,学号,学生姓名,家长姓名,关系,家长手机号,家长钉钉ID,班主任,班主任钉钉ID");
    int classes = GRADES.length * CLASSES_PER_GRADE;
    Map<Integer, Integer> perClass = new HashMap<>();
    int studentNo = 0;
    for (Family f : families) {
      int firstClass = f.index() % classes;
      for (int c = 0; c < f.children().size(); c++) {
        int klass = (firstClass + c * 7) % classes;
        perClass.merge(klass, 1, Integer::sum);
        String teacher = "t_quota_c" + klass;
        rows.add(
            String.join(
                ",",
                GRADES[klass / CLASSES_PER_GRADE],
                (klass % CLASSES_PER_GRADE + 1) + "班",
                String.format("Q%05d", studentNo++),
                f.children().get(c),
                f.children().get(0).charAt(0) + "家长",
                random.nextBoolean() ? "母亲" : "父亲",
                String.format("139%08d", f.index()),
                f.userId(),
                "班主任" + klass,
                teacher));
      }
    }
    for (int k = 0; k < classes; k++) {
      staff.add("t_quota_c" + k);
    }
    app.getBean(RosterImporter.class)
        .importRoster(
            CODE, "名单.csv", (String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8));
    return staff;
  }

  private static long quotaCalls(Map<String, Long> before, Map<String, Long> after) {
    long total = 0;
    for (Map.Entry<String, Long> e : after.entrySet()) {
      if (!SandboxCalls.SESSION_WEBHOOK.equals(e.getKey())) {
        total += e.getValue() - before.getOrDefault(e.getKey(), 0L);
      }
    }
    return total;
  }

  private static String diff(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> d = new LinkedHashMap<>();
    after.forEach(
        (api, n) -> {
          long delta = n - before.getOrDefault(api, 0L);
          if (delta > 0) {
            d.put(api, delta);
          }
        });
    return d.toString();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
