package com.chenbao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.RosterSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default's demo school, as a newcomer finds it after the first start. */
@SpringBootTest
class DemoSchoolIntegrationTests {

  @Autowired RosterQuery roster;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDemoSchoolHasTwelveClassesOfThirtyWithTheirClassTeachers() {
    RosterSummary summary = roster.summary("zhengyuan");

    assertThat(summary.totals().classes()).isEqualTo(12);
    assertThat(summary.totals().active()).isEqualTo(360);
    assertThat(summary.classes())
        .allSatisfy(
            c -> {
              assertThat(c.active()).isEqualTo(30);
              assertThat(c.classTeacher()).isNotBlank();
            });
  }

  @Test
  void theRosterHasTheEdgeCasesSchoolsMeet() {
    long school =
        jdbc.queryForObject("SELECT id FROM schools WHERE code = 'zhengyuan'", Long.class);
    Integer guardiansOfTwo =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM (SELECT gs.guardian_id FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id"
                + " WHERE g.school_id = ? GROUP BY gs.guardian_id HAVING COUNT(*) >= 2) t",
            Integer.class,
            school);
    Integer childrenWithTwo =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM (SELECT gs.student_id FROM guardian_students gs JOIN students s ON s.id = gs.student_id"
                + " WHERE s.school_id = ? GROUP BY gs.student_id HAVING COUNT(*) >= 2) t",
            Integer.class,
            school);
    Integer unreachable =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM guardians WHERE school_id = ? AND (dingtalk_user_id IS NULL OR dingtalk_user_id = '')",
            Integer.class,
            school);

    assertThat(guardiansOfTwo).isGreaterThanOrEqualTo(5);
    assertThat(childrenWithTwo).isGreaterThanOrEqualTo(20);
    assertThat(unreachable).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theWorkingGroupLeadersOfThePlanStayActiveStaff() {
    assertThat(
            jdbc.queryForList(
                "SELECT st.status FROM staff st JOIN schools s ON s.id = st.school_id"
                    + " WHERE s.code = 'zhengyuan' AND st.dingtalk_user_id IN ('zy_yeting', 'zy_taojie', 'zy_wangshengxiang', 'zy_shenjie')",
                String.class))
        .hasSize(4)
        .containsOnly("active");
  }
}
