package com.chenbao.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.chenbao.RoundFixture;
import com.chenbao.RoundFixture.Person;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.sandbox.SandboxMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo school's tally of a round with two classes and two staff expected: each subscribed group
 * gets it at its scope, students and staff on separate lines (never one total), names only where
 * allowed, each class teacher who does not read it in a group chat gets the class tally (students
 * only), and only once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TallyIntegrationTests {

  private static final LocalDate DATE = LocalDate.of(2031, 3, 10);

  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired SchoolDirectory directory;
  @Autowired SandboxChats chats;
  @Autowired TallyPoster poster;
  @Autowired TallyQuery query;

  private RoundFixture fixture;
  private long since;
  private final List<String> everyName = new ArrayList<>();
  private List<Person> class1;
  private List<Person> class2;
  private Person guard;
  private Person absentGuard;
  private long class1Id;
  private long class2Id;

  @BeforeEach
  void setUp() {
    fixture = new RoundFixture(jdbc, roster, directory, "zhengyuan");
    since = chats.all().stream().mapToLong(SandboxMessage::seq).max().orElse(0);
    class1Id = fixture.classId("一年级", "1班");
    class2Id = fixture.classId("一年级", "2班");
    class1 = fixture.studentsOf(class1Id);
    class2 = fixture.studentsOf(class2Id);
    guard = fixture.staff("zy_t101");
    absentGuard = fixture.staff("zy_t102");
    List.of(class1, class2, List.of(guard, absentGuard))
        .forEach(people -> people.forEach(p -> everyName.add(p.name())));
    long round = fixture.openRound(DATE);
    fixture.expectClass(round, class1Id);
    fixture.expectClass(round, class2Id);
    fixture.expectStaff(round, guard.id());
    fixture.expectStaff(round, absentGuard.id());
    // Class 1: all but the last two answered, the first with a fever. Class 2: all, the first
    // coughing,
    // the last with an answer that gave no values at all (it still counts as reported). Staff: the
    // guard
    // answered with a fever, the other did not answer.
    for (int i = 0; i < class1.size() - 2; i++) {
      fixture.studentAnswer(round, class1.get(i).id(), i == 0 ? "38.2" : "36.5", null);
    }
    for (int i = 0; i < class2.size() - 1; i++) {
      fixture.studentAnswer(round, class2.get(i).id(), "36.6", i == 0 ? "dry_cough" : null);
    }
    Person last = class2.get(class2.size() - 1);
    jdbc.update(
        "INSERT INTO answers (round_id, subject_kind, subject_id, answered_by_kind, answered_by_id,"
            + " answered_at, updated_at) VALUES (?, 'student', ?, 'guardian', 0, NOW(3), NOW(3))"
            + " ON DUPLICATE KEY UPDATE temperature = NULL, symptoms = NULL, health_code = NULL",
        round,
        last.id());
    fixture.staffAnswer(round, guard.id(), "38.0", null);
  }

  private int students() {
    return class1.size() + class2.size();
  }

  /**
   * The students line: every student of both classes, two missing (class 1), two with an anomaly.
   */
  private String studentsLine() {
    return "**学生** 应报 **"
        + students()
        + "** 人，已报 **"
        + (students() - 2)
        + "** 人，未报 **2** 人，异常 **2** 人";
  }

  private static final String STAFF_LINE = "**教职工** 应报 **2** 人，已报 **1** 人，未报 **1** 人，异常 **1** 人";

  @Test
  void theTallyAsDataCountsStudentsAndStaffApart() {
    Tally tally = query.tallyOf("zhengyuan", "morning-report", DATE).orElseThrow();

    assertThat(tally.students()).isEqualTo(new Tally.Counts(students(), students() - 2, 2, 2));
    assertThat(tally.staff()).isEqualTo(new Tally.Counts(2, 1, 1, 1));
    assertThat(tally.studentKinds())
        .extracting(Tally.KindCount::kind, Tally.KindCount::count)
        .containsExactly(tuple("fever", 1), tuple("symptom", 1));
    assertThat(tally.staffKinds())
        .extracting(Tally.KindCount::kind, Tally.KindCount::count)
        .containsExactly(tuple("fever", 1));
    assertThat(tally.grades())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.counts()).isEqualTo(tally.students());
              assertThat(g.classes()).hasSize(2);
            });
    assertThat(tally.missingStaff()).containsExactly(absentGuard.name());
    assertThat(tally.staffAnomalies())
        .extracting(Tally.NamedAnomaly::name)
        .containsExactly(guard.name());
    assertThat(query.tallyOf("zhengyuan", "morning-report", DATE.plusYears(5))).isEmpty();
  }

  @Test
  void eachSubscribedGroupGetsStudentsAndStaffOnSeparateLinesAndEachClassTeacherItsStudentsOnce() {
    String mixedTotal = "应报 **" + (students() + 2) + "** 人";

    TallyPostReport first = poster.postTally("zhengyuan", "morning-report", DATE);

    assertThat(first.groupsPosted())
        .isEqualTo(3); // leadership, personnel, publicity; logistics and teaching have no tally
    // The class teachers are in the personnel group (by rule), whose post has every class with
    // names: no 1:1 copy.
    assertThat(first.teachersPosted()).isZero();
    assertThat(first.alreadyDone()).isZero();
    assertThat(first.notDelivered()).isZero();
    assertThat(toUser(fixture.classTeacherUserId(class1Id))).isEmpty();

    assertThat(received("group:cid-zhengyuan-personnel"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text())
                  .contains(
                      studentsLine() + "（发热 1、有症状 1）\n\n" + STAFF_LINE + "（发热 1）",
                      "一年级1班",
                      "一年级2班");
              assertThat(m.text())
                  .contains(
                      class1.get(class1.size() - 1).name(),
                      class1.get(class1.size() - 2).name(),
                      class1.get(0).name(),
                      "38.2",
                      class2.get(0).name());
              assertThat(m.text()).contains("**教职工**\n未报：" + absentGuard.name(), guard.name());
              assertThat(m.text()).doesNotContain(mixedTotal);
            });
    assertThat(received("group:cid-zhengyuan-leadership"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text())
                  .contains(studentsLine() + "（发热 1、有症状 1）", STAFF_LINE + "（发热 1）")
                  .doesNotContain(mixedTotal);
              assertThat(everyName).allSatisfy(name -> assertThat(m.text()).doesNotContain(name));
            });
    assertThat(received("webhook:zhengyuan-publicity"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text())
                  .endsWith(studentsLine() + "\n\n" + STAFF_LINE)
                  .doesNotContain("发热", mixedTotal);
              assertThat(everyName).allSatisfy(name -> assertThat(m.text()).doesNotContain(name));
            });
    assertThat(received("group:cid-zhengyuan-logistics")).isEmpty();
    assertThat(received("group:cid-zhengyuan-teaching")).isEmpty();

    // Without the class teachers in the personnel group, each gets their class's tally 1:1.
    long personnel =
        jdbc.queryForObject(
            "SELECT g.id FROM working_groups g JOIN schools s ON s.id = g.school_id"
                + " WHERE s.code = 'zhengyuan' AND g.code = 'personnel'",
            Long.class);
    TallyPostReport withoutRule;
    jdbc.update(
        "DELETE FROM working_group_member_rules WHERE group_id = ? AND rule = 'class_teachers'",
        personnel);
    try {
      withoutRule = poster.postTally("zhengyuan", "morning-report", DATE);
    } finally {
      jdbc.update(
          "INSERT IGNORE INTO working_group_member_rules (group_id, rule) VALUES (?, 'class_teachers')",
          personnel);
    }
    assertThat(withoutRule.groupsPosted()).isZero();
    assertThat(withoutRule.teachersPosted()).isEqualTo(2);
    assertThat(withoutRule.alreadyDone()).isEqualTo(3);

    assertThat(toUser(fixture.classTeacherUserId(class1Id)))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.text())
                    .contains(
                        "一年级1班",
                        "学生应报 **" + class1.size() + "** 人，已报 **" + (class1.size() - 2) + "** 人",
                        class1.get(0).name(),
                        "38.2")
                    .doesNotContain(class2.get(0).name(), "教职工", guard.name(), absentGuard.name()));
    assertThat(toUser(fixture.classTeacherUserId(class2Id)))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.text())
                    .contains(
                        "一年级2班",
                        "学生应报 **"
                            + class2.size()
                            + "** 人，已报 **"
                            + class2.size()
                            + "** 人，未报 **0** 人",
                        class2.get(0).name())
                    .doesNotContain("教职工", guard.name()));

    TallyPostReport second = poster.postTally("zhengyuan", "morning-report", DATE);

    assertThat(second.groupsPosted() + second.teachersPosted()).isZero();
    assertThat(second.alreadyDone())
        .isEqualTo(3); // the groups; the class teachers read the personnel post again
    assertThat(chats.all().stream().filter(m -> m.seq() > since && m.fromBot())).hasSize(5);
  }

  private List<SandboxMessage> received(String conversation) {
    return chats.conversation(conversation).stream()
        .filter(m -> m.seq() > since && m.fromBot())
        .toList();
  }

  private List<SandboxMessage> toUser(String userId) {
    return chats.sentToUser(userId).stream().filter(m -> m.seq() > since).toList();
  }
}
