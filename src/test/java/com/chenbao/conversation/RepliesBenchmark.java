package com.chenbao.conversation;

import com.chenbao.ChenbaoApplication;
import com.chenbao.calendar.RoundStep;
import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.roster.GradeDefinition;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.sandbox.SandboxCallbackSender;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.schoolday.RoundSteps;
import com.chenbao.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reply accuracy benchmark (not a test; run by bench/replies.sh). Every reply of the evaluation set
 * (bench/replies/replies.jsonl) goes through the whole service: a signed callback from the sandbox
 * DingTalk, the handler, the parser, the recorder and the real database, each from its own guardian
 * (or staff member) with no earlier answer. It then reads back what was stored (the answers table),
 * whether the bot asked something back, and whether a leave request was recorded, and compares with
 * the set.
 *
 * <p>A reply is exact when the stored answers (each question given or not, and its value), the
 * follow-up and the leave request all match. Fabricated counts stored values the reply did not
 * contain (a question stored that the set leaves unknown, or a different value). Lost anomalies
 * counts replies the set says store something anomalous for which nothing was stored. The parser
 * alone is also timed over the set.
 */
public final class RepliesBenchmark {

  private static final String CODE = "bench-replies";
  private static final String FORM = "morning-report";
  private static final LocalDate DATE = LocalDate.of(2024, 3, 4);
  private static final List<String> FIELDS = AnswerValues.fieldIds();

  record Entry(
      String id,
      String category,
      boolean staff,
      List<String> children,
      String text,
      Map<String, Map<String, Object>> stored,
      boolean followUp,
      boolean leave) {}

  record Outcome(boolean exact, int fabricated, boolean lostAnomaly, String why) {}

  public static void main(String[] args) throws Exception {
    Path set = Path.of(args.length > 0 ? args[0] : "bench/replies/replies.jsonl");
    List<Entry> entries = read(set);
    Path data = Path.of("target/bench-replies").toAbsolutePath();
    deleteTree(data);
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ChenbaoApplication.class, ConversationTestBeans.class)
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
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
    try {
      run(app, entries);
    } finally {
      app.close();
    }
    // The embedded database and the inbound worker keep threads of their own; the figures are
    // printed.
    System.exit(0);
  }

  private static void run(ConfigurableApplicationContext app, List<Entry> entries)
      throws Exception {
    SchoolDirectory directory = app.getBean(SchoolDirectory.class);
    RosterImporter importer = app.getBean(RosterImporter.class);
    SandboxCallbackSender dingtalk = app.getBean(SandboxCallbackSender.class);
    SandboxChats chats = app.getBean(SandboxChats.class);
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    Form form = app.getBean(FormCatalog.class).form(FORM);
    ReplyParser parser = app.getBean(ReplyParser.class);

    school(directory, importer, entries);
    app.getBean(TestClock.class).setShanghai(DATE.atTime(LocalTime.of(7, 0)));
    app.getBean(RoundSteps.class).run(CODE, FORM, DATE, RoundStep.PUSH);
    long roundId =
        jdbc.queryForObject(
            "SELECT r.id FROM rounds r JOIN schools s ON s.id = r.school_id"
                + " WHERE s.code = ? AND r.form_code = ? AND r.business_date = ?",
            Long.class,
            CODE,
            FORM,
            DATE);

    Map<String, int[]> perCategory = new TreeMap<>();
    int exact = 0;
    int fabricated = 0;
    int lost = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String user = userOf(e, i);
      String reply = say(dingtalk, chats, user, e.text());
      Map<String, AnswerValues> stored = storedFor(jdbc, roundId, e, i);
      boolean leave =
          !jdbc.queryForList(
                  "SELECT lr.id FROM leave_requests lr JOIN students st ON st.id = lr.student_id"
                      + " WHERE lr.round_id = ? AND st.student_no LIKE ?",
                  Long.class,
                  roundId,
                  "B" + i + "-%")
              .isEmpty();
      Outcome o = compare(e, stored, asksBack(reply), leave, form);
      int[] c = perCategory.computeIfAbsent(e.category(), k -> new int[2]);
      c[1]++;
      if (o.exact()) {
        c[0]++;
        exact++;
      } else {
        misses.add(
            e.id() + " " + oneLine(e.text()) + " -> " + o.why() + " | reply: " + oneLine(reply));
      }
      fabricated += o.fabricated();
      lost += o.lostAnomaly() ? 1 : 0;
    }
    long parseNanos = timeParser(parser, form, entries);

    misses.stream()
        .limit(Integer.getInteger("bench.misses", 40))
        .forEach(m -> System.out.println("miss " + m));
    perCategory.forEach(
        (category, c) ->
            System.out.printf(
                "category %-22s %3d/%3d  %.2f%n", category, c[0], c[1], (double) c[0] / c[1]));
    System.out.printf(
        "parser %.0f replies/s over the set (alone, no database)%n",
        entries.size() * 1e9 / Math.max(1, parseNanos));
    System.out.printf(
        "replies N=%d exact=%.2f fabricated=%d lost_anomalies=%d%n",
        entries.size(), Math.floor(100.0 * exact / entries.size()) / 100.0, fabricated, lost);
  }

  /**
   * One class per reply: its children (students B{i}-{k}) and guardian u{i}, or its class teacher
   * s{i}.
   */
  private static void school(
      SchoolDirectory directory, RosterImporter importer, List<Entry> entries) {
    directory.ensureSchool(CODE, "评测小学", ZoneId.of("Asia/Shanghai"));
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      classes.add(i + "班");
    }
    directory.defineStructure(CODE, List.of(new GradeDefinition("一年级", classes, null)));
    StringBuilder csv = new StringBuilder("年级,班级,学号,学生姓名,家长姓名,关系,家长手机号,家长钉钉ID,班主任,班主任钉钉ID\r\n");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String teacher = e.staff() ? "教师" + i + ",s_" + i : "班主任" + i + ",t_" + i;
      String guardianUser = e.staff() ? "" : "u_" + i;
      List<String> names = e.staff() ? List.of("学生" + i) : e.children();
      for (int k = 0; k < names.size(); k++) {
        csv.append(
            String.format(
                "一年级,%d班,B%d-%d,%s,家长%d,母亲,139%08d,%s,%s\r\n",
                i, i, k, names.get(k), i, i, guardianUser, teacher));
      }
    }
    importer.importRoster(CODE, "评测.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String userOf(Entry e, int i) {
    return e.staff() ? "s_" + i : "u_" + i;
  }

  /**
   * Sends the text as the user and waits for the bot's reply (the callback may be answered before
   * it is handled).
   */
  private static String say(
      SandboxCallbackSender dingtalk, SandboxChats chats, String user, String text)
      throws InterruptedException {
    int before = chats.sentToUser(user).size();
    int status = dingtalk.sendText(user, text).status();
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<com.chenbao.sandbox.SandboxMessage> after = chats.sentToUser(user);
      if (after.size() > before) {
        return after.get(after.size() - 1).text();
      }
      Thread.sleep(5);
    }
    return "(no reply, callback status " + status + ")";
  }

  /**
   * Whether the bot asked something back: a question mark, or one of the texts that ask for more.
   */
  private static boolean asksBack(String reply) {
    return reply.contains("？")
        || reply.contains("?")
        || reply.contains("请补一下")
        || reply.contains("请再发")
        || reply.contains("没看懂")
        || reply.contains("请直接回复")
        || reply.contains("请只回复")
        || reply.contains("请发摄氏度")
        || reply.contains("请写上名字")
        || reply.contains("只写一个体温")
        || reply.contains("看不到内容")
        || reply.contains("晨报怎么回复");
  }

  private static Map<String, AnswerValues> storedFor(
      JdbcTemplate jdbc, long roundId, Entry e, int i) {
    Map<String, AnswerValues> stored = new LinkedHashMap<>();
    String sql =
        e.staff()
            ? "SELECT 'self' AS subject, a.* FROM answers a JOIN staff sf ON sf.id = a.subject_id AND a.subject_kind = 'staff'"
                + " WHERE a.round_id = ? AND sf.dingtalk_user_id = ?"
            : "SELECT st.name AS subject, a.* FROM answers a JOIN students st ON st.id = a.subject_id"
                + " AND a.subject_kind = 'student' WHERE a.round_id = ? AND st.student_no LIKE ?";
    jdbc.query(
        sql,
        rs -> {
          Boolean contact = (Boolean) rs.getObject("contact", Boolean.class);
          Boolean household = (Boolean) rs.getObject("household_symptoms", Boolean.class);
          Boolean allNormal = (Boolean) rs.getObject("all_normal", Boolean.class);
          stored.put(
              rs.getString("subject"),
              AnswerValues.fromColumns(
                  rs.getBigDecimal("temperature"),
                  rs.getString("symptoms"),
                  rs.getString("health_code"),
                  rs.getString("travel"),
                  contact,
                  household,
                  allNormal,
                  rs.getString("given_questions")));
        },
        roundId,
        e.staff() ? "s_" + i : "B" + i + "-%");
    return stored;
  }

  private static Outcome compare(
      Entry e, Map<String, AnswerValues> stored, boolean askedBack, boolean leave, Form form) {
    List<String> why = new ArrayList<>();
    int fabricated = 0;
    Set<String> subjects = new TreeSet<>(e.stored().keySet());
    subjects.addAll(stored.keySet());
    for (String subject : subjects) {
      Map<String, Object> want = e.stored().getOrDefault(subject, Map.of());
      AnswerValues got = stored.get(subject);
      for (String field : FIELDS) {
        Object expected = want.get(field);
        boolean gave = got != null && got.gave(field);
        String have = gave ? show(field, got) : null;
        if (!Objects.equals(expected == null ? null : expected.toString(), have)) {
          why.add(subject + "." + field + " want " + expected + " got " + have);
          if (have != null) {
            fabricated++;
          }
        }
      }
      boolean wantAllNormal = Boolean.TRUE.equals(want.get("all_normal"));
      boolean gotAllNormal = got != null && got.allNormal();
      if (wantAllNormal != gotAllNormal) {
        why.add(subject + ".all_normal want " + wantAllNormal + " got " + gotAllNormal);
      }
    }
    if (askedBack != e.followUp()) {
      why.add("followup want " + e.followUp() + " got " + askedBack);
    }
    if (leave != e.leave()) {
      why.add("leave want " + e.leave() + " got " + leave);
    }
    boolean anomalous =
        e.stored().values().stream().anyMatch(v -> !form.evaluate(expected(v)).isEmpty());
    boolean lost = anomalous && stored.isEmpty();
    return new Outcome(why.isEmpty(), fabricated, lost, String.join("; ", why));
  }

  /** The set's expectation as an answer, for the form's anomaly rules. */
  private static AnswerValues expected(Map<String, Object> want) {
    AnswerValues v = AnswerValues.none();
    if (want.get("temperature") instanceof String t && !t.equals("normal")) {
      v = v.withTemperature(new BigDecimal(t));
    }
    if (want.get("symptoms") instanceof String s) {
      v = v.withSymptoms(s.isEmpty() ? Set.of() : Set.of(s.split(",")));
    }
    if (want.get("health_code") instanceof String c) {
      v = v.withHealthCode(c);
    }
    if (want.get("contact") instanceof String c) {
      v = v.withContact(Boolean.valueOf(c));
    }
    if (want.get("household_symptoms") instanceof String h) {
      v = v.withHouseholdSymptoms(Boolean.valueOf(h));
    }
    return v;
  }

  /** A stored value written the way the set writes it. */
  private static String show(String field, AnswerValues v) {
    return switch (field) {
      case "temperature" ->
          v.temperature() == null ? "normal" : v.temperature().setScale(1).toPlainString();
      case "symptoms" -> String.join(",", new TreeSet<>(v.symptoms()));
      case "health_code" -> v.healthCode();
      case "travel" -> v.travel() == null ? "none" : v.travel();
      case "contact" -> String.valueOf(v.contact());
      case "household_symptoms" -> String.valueOf(v.householdSymptoms());
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static long timeParser(ReplyParser parser, Form form, List<Entry> entries) {
    for (Entry e : entries) {
      parser.parse(e.text(), form, e.children(), e.staff());
    }
    long start = System.nanoTime();
    for (int round = 0; round < 5; round++) {
      for (Entry e : entries) {
        parser.parse(e.text(), form, e.children(), e.staff());
      }
    }
    return (System.nanoTime() - start) / 5;
  }

  static List<Entry> read(Path set) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Entry> entries = new ArrayList<>();
    for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("//")) {
        continue;
      }
      JsonNode n = json.readTree(line);
      List<String> children = new ArrayList<>();
      n.path("children").forEach(c -> children.add(c.asText()));
      Map<String, Map<String, Object>> stored = new LinkedHashMap<>();
      n.path("stored")
          .properties()
          .forEach(
              subject -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                subject
                    .getValue()
                    .properties()
                    .forEach(
                        f -> {
                          JsonNode v = f.getValue();
                          Object value;
                          if (v.isArray()) {
                            List<String> codes = new ArrayList<>();
                            v.forEach(c -> codes.add(c.asText()));
                            value = String.join(",", new TreeSet<>(codes));
                          } else {
                            value = v.isNull() ? null : v.asText();
                          }
                          fields.put(
                              f.getKey(),
                              f.getKey().equals("all_normal")
                                  ? Boolean.valueOf(v.asBoolean())
                                  : value);
                        });
                stored.put(subject.getKey(), fields);
              });
      entries.add(
          new Entry(
              n.path("id").asText(),
              n.path("category").asText(),
              "staff".equals(n.path("sender").asText()),
              children,
              n.path("text").asText(),
              stored,
              n.path("followup").asBoolean(),
              n.path("leave").asBoolean()));
    }
    return entries;
  }

  private static String oneLine(String text) {
    String flat = text.replace("\n", "⏎");
    return flat.length() > 80 ? flat.substring(0, 80) + "…" : flat;
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
