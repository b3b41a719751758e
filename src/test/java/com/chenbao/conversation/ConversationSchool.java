package com.chenbao.conversation;

import com.chenbao.roster.GradeDefinition;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.Rounds;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A small school per test (userIds carry the code, so they stay unique in the shared sandbox):
 *
 * <ul>
 *   <li>一年级1班 (王老师): 张小明 (guardians 张伟 father and 李娜 mother), 王小虎 (王强), 刘小丽 (刘芳)
 *   <li>一年级2班 (赵老师): 陈小雨 and 陈小雪 (both 陈静: one guardian of two children)
 * </ul>
 */
record ConversationSchool(School school, String code) {

  static final LocalDate DATE = LocalDate.of(2024, 3, 4);
  static final String FORM = "morning-report";

  static ConversationSchool create(
      SchoolDirectory directory, RosterImporter importer, String code) {
    School school = directory.ensureSchool(code, "测试小学" + code, ZoneId.of("Asia/Shanghai"));
    directory.defineStructure(code, List.of(new GradeDefinition("一年级", List.of("1班", "2班"), null)));
    String wang = ",王老师,t_" + code + "_wang";
    String zhao = ",赵老师,t_" + code + "_zhao";
    String csv =
        String.join(
                "\r\n",
                "年级,班级,学号,学生姓名,家长姓名,关系,家长手机号,家长钉钉ID,班主任,班主任钉钉ID",
                "一年级,1班,2020001,张小明,张伟,父亲,13800000001,u_" + code + "_zhangwei" + wang,
                "一年级,1班,2020001,张小明,李娜,母亲,13800000002,u_" + code + "_lina" + wang,
                "一年级,1班,2020003,王小虎,王强,父亲,13800000003,u_" + code + "_wangqiang" + wang,
                "一年级,1班,2020004,刘小丽,刘芳,母亲,13800000004,u_" + code + "_liufang" + wang,
                "一年级,2班,2020005,陈小雨,陈静,母亲,13800000005,u_" + code + "_chenjing" + zhao,
                "一年级,2班,2020006,陈小雪,陈静,母亲,13800000005,u_" + code + "_chenjing" + zhao)
            + "\r\n";
    importer.importRoster(code, "名单.csv", csv.getBytes(StandardCharsets.UTF_8));
    return new ConversationSchool(school, code);
  }

  String user(String name) {
    return "u_" + code + "_" + name;
  }

  String teacher(String name) {
    return "t_" + code + "_" + name;
  }

  long roundId(Rounds rounds) {
    return Objects.requireNonNull(rounds.findRound(school.id(), FORM, DATE), "no round on " + DATE)
        .id();
  }

  long studentId(RosterQuery roster, String studentNo) {
    return roster.studentByNumber(school.id(), studentNo).orElseThrow().id();
  }
}
