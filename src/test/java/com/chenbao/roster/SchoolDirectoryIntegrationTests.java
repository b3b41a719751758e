package com.chenbao.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class SchoolDirectoryIntegrationTests {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired SchoolDirectory directory;
  @Autowired JdbcTemplate jdbc;

  @Test
  void ensureSchoolIsAnUpsertByCode() {
    School first = directory.ensureSchool("t-upsert", "旧名字", SHANGHAI);
    School second = directory.ensureSchool("t-upsert", "杭州市测试小学", SHANGHAI);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(directory.findSchool(first.id())).contains(second);
    assertThat(directory.findSchool(-1L)).isEmpty();
    assertThat(
            jdbc.queryForObject("SELECT name FROM schools WHERE code = 't-upsert'", String.class))
        .isEqualTo("杭州市测试小学");
  }

  @Test
  void defineStructureCreatesGradesClassesAndLeadersAndIsIdempotent() {
    School school = directory.ensureSchool("t-structure", "测试小学", SHANGHAI);
    List<GradeDefinition> grades =
        List.of(
            new GradeDefinition("一年级", List.of("1班", "2班"), StaffRef.named("王老师", "t_wang")),
            new GradeDefinition("二年级", List.of("1班"), null));

    directory.defineStructure("t-structure", grades);
    directory.defineStructure("t-structure", grades);

    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(g.name, c.name) FROM classes c JOIN grades g ON g.id = c.grade_id"
                    + " WHERE c.school_id = ? ORDER BY g.sort_order, c.sort_order",
                String.class,
                school.id()))
        .containsExactly("一年级1班", "一年级2班", "二年级1班");
    assertThat(
            jdbc.queryForObject(
                "SELECT s.name FROM grades g JOIN staff s ON s.id = g.leader_staff_id WHERE g.school_id = ? AND g.name = '一年级'",
                String.class,
                school.id()))
        .isEqualTo("王老师");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM staff WHERE school_id = ?", Integer.class, school.id()))
        .isEqualTo(1);
  }

  @Test
  void upsertStaffMatchesByDingtalkIdThenPhoneThenUniqueName() {
    School school = directory.ensureSchool("t-staff", "测试小学", SHANGHAI);
    long byName = directory.upsertStaff(school.id(), new StaffRef("陶洁", null, null, null));
    long withId =
        directory.upsertStaff(school.id(), new StaffRef("陶洁", "t_taojie", "13800000001", "副校长"));
    long byPhone =
        directory.upsertStaff(school.id(), new StaffRef("陶洁", null, "13800000001", null));
    long other = directory.upsertStaff(school.id(), new StaffRef("陶洁", "t_taojie2", null, null));

    assertThat(withId).isEqualTo(byName);
    assertThat(byPhone).isEqualTo(byName);
    assertThat(other).isNotEqualTo(byName);
    assertThat(
            jdbc.queryForMap(
                "SELECT dingtalk_user_id, phone, title FROM staff WHERE id = ?", byName))
        .containsEntry("dingtalk_user_id", "t_taojie")
        .containsEntry("phone", "13800000001")
        .containsEntry("title", "副校长");
  }
}
