package com.chenbao.testkit;

import com.chenbao.roster.GradeDefinition;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.Rounds;
import com.chenbao.rounds.StudentLeaves;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The test kit's school: a small school with precise expectations, one per test, built and read
 * only through the modules' APIs (the roster's directory, importer and query, the rounds' leaves
 * and rounds) (the code keeps DingTalk userIds unique in the shared sandbox):
 *
 * <ul>
 *   <li>一年级1班 (王老师): 张小明 (guardians 张伟 and 李娜), 王小虎 (王强, no DingTalk id), 刘小丽 (刘芳; on leave on
 *       {@link #DATE})
 *   <li>一年级2班 (赵老师): 张小红 (张伟 again: one guardian of two children in two classes)
 * </ul>
 *
 * No schedule: the round closes at the default 08:00.
 */
public record RoundSchools(School school, String code) {

  public static final LocalDate DATE = LocalDate.of(2024, 3, 4);
  public static final String FORM = "morning-report";

  public static RoundSchools create(
      SchoolDirectory directory, RosterImporter importer, StudentLeaves leaves, String code) {
    School school = directory.ensureSchool(code, "测试小学" + code, ZoneId.of("Asia/Shanghai"));
    directory.defineStructure(code, List.of(new GradeDefinition("一年级", List.of("1班", "2班"), null)));
    String csv =
        String.join(
                "\r\n",
                "年级,班级,学号,学生姓名,家长姓名,关系,家长手机号,家长钉钉ID,班主任,班主任钉钉ID",
                "一年级,1班,2020001,张小明,张伟,父亲,13800000001,u_"
                    + code
                    + "_zhangwei,王老师,t_"
                    + code
                    + "_wang",
                "一年级,1班,2020001,张小明,李娜,母亲,13800000002,u_" + code + "_lina,王老师,t_" + code + "_wang",
                "一年级,1班,2020003,王小虎,王强,父亲,13800000003,,王老师,t_" + code + "_wang",
                "一年级,1班,2020004,刘小丽,刘芳,母亲,13800000004,u_"
                    + code
                    + "_liufang,王老师,t_"
                    + code
                    + "_wang",
                "一年级,2班,2020002,张小红,张伟,父亲,13800000001,u_"
                    + code
                    + "_zhangwei,赵老师,t_"
                    + code
                    + "_zhao")
            + "\r\n";
    importer.importRoster(code, "名单.csv", csv.getBytes(StandardCharsets.UTF_8));
    leaves.recordLeave(school.id(), "2020004", DATE.minusDays(1), DATE.plusDays(1), "sick", "test");
    return new RoundSchools(school, code);
  }

  public String user(String name) {
    return "u_" + code + "_" + name;
  }

  public String teacher(String name) {
    return "t_" + code + "_" + name;
  }

  public long studentId(RosterQuery roster, String studentNo) {
    return roster.studentByNumber(school.id(), studentNo).orElseThrow().id();
  }

  /**
   * The guardian with the phone, found through the school's active students (every guardian here
   * has one).
   */
  public long guardianId(RosterQuery roster, String phone) {
    return roster.activeStudents(school.id()).stream()
        .flatMap(student -> roster.guardiansOfStudent(student.id()).stream())
        .filter(guardian -> guardian.phone().equals(phone))
        .findFirst()
        .orElseThrow()
        .id();
  }

  public long staffId(RosterQuery roster, String userId) {
    return roster.staffByDingtalkUserId(school.id(), userId).orElseThrow().id();
  }

  public long roundId(Rounds rounds) {
    return Objects.requireNonNull(rounds.findRound(school.id(), FORM, DATE), "no round on " + DATE)
        .id();
  }
}
