package com.chenbao.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Applying roster files to the real database: upserts, links, deactivation, counts, audit. */
@SpringBootTest
class RosterImportIntegrationTests {

  @Autowired RosterImporter importer;
  @Autowired SchoolDirectory directory;
  @Autowired JdbcTemplate jdbc;

  private static final byte[] GOOD =
      RosterFiles.csv(RosterFiles.STUDENT_HEADER, RosterFiles.GOOD_STUDENTS);

  @Test
  void importingTheSameFileTwiceChangesNothingTheSecondTime() {
    School school = RosterFiles.school(directory, "ri-twice");

    RosterImportResult first = importer.importRoster("ri-twice", "名单.csv", GOOD);
    RosterImportResult second = importer.importRoster("ri-twice", "名单.csv", GOOD);

    assertThat(first)
        .isEqualTo(new RosterImportResult(3, 0, 0, 0, counts(3, 0, 0, 0), counts(3, 0, 0, 0)));
    assertThat(second)
        .isEqualTo(new RosterImportResult(0, 0, 3, 0, counts(0, 0, 3, 0), counts(0, 0, 3, 0)));
    assertThat(count("SELECT COUNT(*) FROM students WHERE school_id = ?", school.id()))
        .isEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM roster_imports WHERE school_id = ?", school.id()))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_log WHERE school_id = ? AND action = 'roster.import'",
                school.id()))
        .isEqualTo(2);
  }

  @Test
  void aGuardianOfTwoChildrenIsOneRowWithTwoLinksAndAChildMayHaveTwoGuardians() {
    School school = RosterFiles.school(directory, "ri-links");
    importer.importRoster("ri-links", "名单.csv", GOOD);

    assertThat(
            jdbc.queryForList(
                "SELECT id FROM guardians WHERE school_id = ? AND phone = '13800000001'",
                Long.class,
                school.id()))
        .hasSize(1);
    assertThat(
            jdbc.queryForList(
                "SELECT s.name FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id"
                    + " JOIN students s ON s.id = gs.student_id WHERE g.school_id = ? AND g.phone = '13800000001'"
                    + " ORDER BY s.student_no",
                String.class,
                school.id()))
        .containsExactly("张小明", "张小红");
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(g.name, ':', gs.relation) FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id"
                    + " JOIN students s ON s.id = gs.student_id WHERE s.school_id = ? AND s.student_no = '2020001'"
                    + " ORDER BY g.phone",
                String.class,
                school.id()))
        .containsExactly("张伟:父亲", "李娜:母亲");
    assertThat(
            jdbc.queryForObject(
                "SELECT phone FROM guardians WHERE school_id = ? AND name = '陈刚'",
                String.class,
                school.id()))
        .isEqualTo("13800000003");
    assertThat(
            jdbc.queryForObject(
                "SELECT t.name FROM classes c JOIN grades g ON g.id = c.grade_id JOIN staff t ON t.id = c.teacher_staff_id"
                    + " WHERE c.school_id = ? AND g.name = '一年级' AND c.name = '1班'",
                String.class,
                school.id()))
        .isEqualTo("王老师");
    assertThat(
            jdbc.queryForObject(
                "SELECT title FROM staff WHERE school_id = ? AND dingtalk_user_id = 't_wang'",
                String.class,
                school.id()))
        .isEqualTo("班主任");
  }

  @Test
  void aNewerFileUpdatesGuardiansAndTransfersOutTheStudentItDrops() {
    School school = RosterFiles.school(directory, "ri-newer");
    importer.importRoster("ri-newer", "名单.csv", GOOD);
    List<String> newer =
        List.of(
            "一年级,1班,2020001,张小明,张大伟,父亲,13800000001,u_zhangwei,王老师,t_wang",
            "一年级,1班,2020001,张小明,李娜,妈妈,13900000002,,王老师,t_wang",
            "一年级,2班,2020002,张小红,张大伟,父亲,13800000001,u_zhangwei,赵老师,");

    RosterImportResult result =
        importer.importRoster(
            "ri-newer", "新名单.csv", RosterFiles.csv(RosterFiles.STUDENT_HEADER, newer));

    // 张大伟: renamed. 李娜: new phone, so a new guardian; the old number loses its only child, as does
    // 陈刚 when 陈晨 leaves. Class teachers are not deactivated by a file without a staff sheet.
    assertThat(result)
        .isEqualTo(new RosterImportResult(0, 0, 2, 1, counts(1, 1, 0, 2), counts(0, 0, 2, 0)));
    Map<String, Object> dropped =
        jdbc.queryForMap(
            "SELECT name, status, status_changed_at > created_at AS changed FROM students WHERE school_id = ? AND student_no = '2019001'",
            school.id());
    assertThat(dropped).containsEntry("name", "陈晨").containsEntry("status", "transferred_out");
    assertThat(
            jdbc.queryForObject(
                "SELECT name FROM guardians WHERE school_id = ? AND phone = '13800000001'",
                String.class,
                school.id()))
        .isEqualTo("张大伟");
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(g.phone, ':', gs.relation) FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id"
                    + " JOIN students s ON s.id = gs.student_id WHERE s.school_id = ? AND s.student_no = '2020001'"
                    + " ORDER BY g.phone",
                String.class,
                school.id()))
        .containsExactly("13800000001:父亲", "13900000002:妈妈");
    assertThat(
            count(
                "SELECT COUNT(*) FROM staff WHERE school_id = ? AND status = 'active'",
                school.id()))
        .isEqualTo(3);

    RosterImportResult back = importer.importRoster("ri-newer", "名单.csv", GOOD);
    assertThat(back.updated()).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM students WHERE school_id = ? AND student_no = '2019001'",
                String.class,
                school.id()))
        .isEqualTo("active");
  }

  @Test
  void aWorkbookImportsStudentsAndStaffAndAStaffFileMarksTheMissingAsLeft() {
    School school = RosterFiles.school(directory, "ri-staff");
    long janitor =
        directory.upsertStaff(school.id(), new StaffRef("孙阿姨", null, "13700000007", "保洁"));

    RosterImportResult result =
        importer.importRoster("ri-staff", "名单.xlsx", RosterFiles.workbook());

    assertThat(result.created()).isEqualTo(2);
    // 王老师 is class teacher and on the staff sheet: one person. 孙阿姨 is not on the sheet: left.
    assertThat(result.staff()).isEqualTo(counts(2, 0, 0, 1));
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(name, ':', status, ':', COALESCE(title, '')) FROM staff WHERE school_id = ? ORDER BY id",
                String.class,
                school.id()))
        .containsExactly("孙阿姨:left:保洁", "王老师:active:语文教师", "刘师傅:active:保安");
    assertThat(jdbc.queryForObject("SELECT phone FROM staff WHERE id = ?", String.class, janitor))
        .isEqualTo("13700000007");

    RosterImportResult staffOnly =
        importer.importRoster(
            "ri-staff",
            "教职工.csv",
            RosterFiles.csv(RosterFiles.STAFF_HEADER, List.of("刘师傅,13900000009,,保安")));
    // 王老师 is missing from this file but is still the class teacher of 一年级1班: kept.
    assertThat(staffOnly)
        .isEqualTo(new RosterImportResult(0, 0, 0, 0, counts(0, 0, 0, 0), counts(0, 0, 1, 0)));
    assertThat(
            count(
                "SELECT COUNT(*) FROM students WHERE school_id = ? AND status = 'active'",
                school.id()))
        .isEqualTo(2);
  }

  @Test
  void aFileWithBadRowsIsRejectedWholeWithEveryProblem() {
    School school = RosterFiles.school(directory, "ri-bad");
    List<String> rows = new ArrayList<>(RosterFiles.GOOD_STUDENTS);
    rows.add("一年级,1班,2020003,王五,王大,父亲,1380013800,,王老师,t_wang");
    rows.add("一年级,1班,2020001,张晓明,张伟,父亲,13800000001,,王老师,t_wang");
    rows.add("一年级,2班,2020004,赵六,赵大,父亲,13800000005,,孙老师,");
    rows.add("一年级,1班,2020005,钱七,张伟二,父亲,13800000001,,王老师,t_wang");
    rows.add("七年级,1班,2020006,孙八,孙大,父亲,13800000006,,,");

    assertThatThrownBy(
            () ->
                importer.importRoster(
                    "ri-bad", "名单.csv", RosterFiles.csv(RosterFiles.STUDENT_HEADER, rows)))
        .isInstanceOfSatisfying(
            RosterRejected.class,
            rejected ->
                assertThat(rejected.errors())
                    .extracting(RosterRowError::row, RosterRowError::column)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, "家长手机号"),
                        org.assertj.core.groups.Tuple.tuple(7, "学生姓名"),
                        org.assertj.core.groups.Tuple.tuple(7, "家长手机号"),
                        org.assertj.core.groups.Tuple.tuple(8, "班主任"),
                        org.assertj.core.groups.Tuple.tuple(9, "家长姓名"),
                        org.assertj.core.groups.Tuple.tuple(10, "年级")));
    assertThat(count("SELECT COUNT(*) FROM students WHERE school_id = ?", school.id())).isZero();
    assertThat(count("SELECT COUNT(*) FROM roster_imports WHERE school_id = ?", school.id()))
        .isZero();
  }

  @Test
  void aMissingColumnIsOneErrorNamingIt() {
    RosterFiles.school(directory, "ri-missing");
    byte[] content = RosterFiles.csv("年级,班级,学号,学生姓名,家长姓名", List.of("一年级,1班,2020001,张小明,张伟"));

    assertThatThrownBy(() -> importer.importRoster("ri-missing", "名单.csv", content))
        .isInstanceOfSatisfying(
            RosterRejected.class,
            rejected ->
                assertThat(rejected.errors())
                    .singleElement()
                    .satisfies(
                        e -> {
                          assertThat(e.row()).isEqualTo(1);
                          assertThat(e.column()).isEqualTo("家长手机号");
                          assertThat(e.message()).isEqualTo("第1行 缺少「家长手机号」列。");
                        }));
  }

  @Test
  void errorsInAWorkbookNameTheirSheet() {
    directory.ensureSchool("ri-sheets", "测试小学", java.time.ZoneId.of("Asia/Shanghai"));
    directory.defineStructure(
        "ri-sheets", List.of(new GradeDefinition("一年级", List.of("1班"), null)));

    assertThatThrownBy(() -> importer.importRoster("ri-sheets", "名单.xlsx", RosterFiles.workbook()))
        .isInstanceOfSatisfying(
            RosterRejected.class,
            rejected ->
                assertThat(rejected.errors())
                    .containsExactly(
                        new RosterRowError(
                            "学生", 3, "班级", "工作表「学生」第3行 班级 「2班」不是「一年级」的班级（一年级的班级：1班）")));
  }

  @Test
  void staffRowsNeedANameAValidPhoneAndNoDuplicates() {
    RosterFiles.school(directory, "ri-staff-bad");
    byte[] content =
        RosterFiles.csv(
            RosterFiles.STAFF_HEADER,
            List.of(
                "刘师傅,13900000009,u_liu,保安",
                ",13900000008,,",
                "孙阿姨,1390000000,,保洁",
                "周老师,139-0000-0009,u_zhou,",
                "吴老师,,u_liu,"));

    assertThatThrownBy(() -> importer.importRoster("ri-staff-bad", "教职工.csv", content))
        .isInstanceOfSatisfying(
            RosterRejected.class,
            rejected ->
                assertThat(rejected.errors())
                    .extracting(RosterRowError::message)
                    .containsExactly(
                        "第3行 姓名 不能为空。",
                        "第4行 手机号 格式不正确：1390000000（应为11位手机号）",
                        "第5行 手机号 13900000009与第2行重复",
                        "第6行 钉钉ID u_liu与第2行重复"));
  }

  @Test
  void anUnknownSchoolIsNamed() {
    assertThatThrownBy(() -> importer.importRoster("no-such-school", "名单.csv", GOOD))
        .isInstanceOf(UnknownSchool.class);
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  private static RosterImportResult.ImportCounts counts(
      int created, int updated, int unchanged, int deactivated) {
    return new RosterImportResult.ImportCounts(created, updated, unchanged, deactivated);
  }
}
