package com.chenbao.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** What later features ask the roster, answered from an imported file. */
@SpringBootTest
@Transactional
class RosterQueryIntegrationTests {

  @Autowired RosterImporter importer;
  @Autowired RosterQuery query;
  @Autowired SchoolDirectory directory;
  @Autowired JdbcTemplate jdbc;

  @Test
  void answersWhoIsInAClassWhoCaresForWhomAndWhoTeachesWhat() {
    School school = RosterFiles.school(directory, "rq-school");
    importer.importRoster(
        "rq-school",
        "名单.csv",
        RosterFiles.csv(RosterFiles.STUDENT_HEADER, RosterFiles.GOOD_STUDENTS));
    long class1 =
        id(
            "SELECT c.id FROM classes c JOIN grades g ON g.id = c.grade_id WHERE c.school_id = ? AND g.name = '一年级' AND c.name = '1班'",
            school.id());
    long xiaoming =
        id("SELECT id FROM students WHERE school_id = ? AND student_no = '2020001'", school.id());

    assertThat(query.activeStudentsOfClass(class1))
        .containsExactly(
            new StudentView(
                xiaoming, school.id(), "2020001", "张小明", class1, "一年级", "1班", "active"));
    assertThat(query.guardiansOfStudent(xiaoming))
        .extracting(GuardianView::name, GuardianView::relation, GuardianView::dingtalkUserId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("张伟", "父亲", "u_zhangwei"),
            org.assertj.core.groups.Tuple.tuple("李娜", "母亲", null));

    GuardianView zhangwei = query.guardianByDingtalkUserId(school.id(), "u_zhangwei").orElseThrow();
    assertThat(zhangwei.phone()).isEqualTo("13800000001");
    assertThat(zhangwei.relation()).isNull();
    assertThat(query.studentsOfGuardian(zhangwei.id()))
        .extracting(StudentView::name)
        .containsExactly("张小明", "张小红");
    assertThat(query.guardianByDingtalkUserId(school.id(), "nobody")).isEmpty();

    StaffView wang = query.staffByDingtalkUserId(school.id(), "t_wang").orElseThrow();
    assertThat(wang.name()).isEqualTo("王老师");
    assertThat(query.classTaughtBy(wang.id()))
        .hasValueSatisfying(
            c -> {
              assertThat(c.id()).isEqualTo(class1);
              assertThat(c.grade()).isEqualTo("一年级");
              assertThat(c.name()).isEqualTo("1班");
              assertThat(c.teacherStaffId()).isEqualTo(wang.id());
            });
    assertThat(query.activeStaff(school.id()))
        .extracting(StaffView::name)
        .containsExactlyInAnyOrder("王老师", "赵老师", "钱老师");
  }

  @Test
  void aTransferredChildIsNoLongerAmongAGuardiansChildrenButStaysInTheSummary() {
    School school = RosterFiles.school(directory, "rq-transfer");
    importer.importRoster(
        "rq-transfer",
        "名单.csv",
        RosterFiles.csv(RosterFiles.STUDENT_HEADER, RosterFiles.GOOD_STUDENTS));
    importer.importRoster(
        "rq-transfer",
        "名单.csv",
        RosterFiles.csv(
            RosterFiles.STUDENT_HEADER,
            List.of(
                RosterFiles.GOOD_STUDENTS.get(0),
                RosterFiles.GOOD_STUDENTS.get(1),
                RosterFiles.GOOD_STUDENTS.get(3))));
    long zhangwei =
        id("SELECT id FROM guardians WHERE school_id = ? AND phone = '13800000001'", school.id());

    assertThat(query.studentsOfGuardian(zhangwei))
        .extracting(StudentView::name)
        .containsExactly("张小明");
    RosterSummary summary = query.summary("rq-transfer");
    assertThat(summary.classes())
        .extracting(
            RosterSummary.ClassSummary::className,
            RosterSummary.ClassSummary::active,
            RosterSummary.ClassSummary::transferredOut,
            RosterSummary.ClassSummary::guardians)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1班", 1, 0, 2),
            org.assertj.core.groups.Tuple.tuple("2班", 0, 1, 0),
            org.assertj.core.groups.Tuple.tuple("1班", 1, 0, 1));
    assertThat(summary.totals()).isEqualTo(new RosterSummary.Totals(3, 2, 0, 1, 3, 3));
  }

  private long id(String sql, Object... args) {
    Long id = jdbc.queryForObject(sql, Long.class, args);
    return id == null ? 0 : id;
  }
}
