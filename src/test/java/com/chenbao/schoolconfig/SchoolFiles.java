package com.chenbao.schoolconfig;

import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/** Test fixtures: parsers without Spring, and small school files. */
final class SchoolFiles {

  private SchoolFiles() {}

  static SchoolFileParser parser(Map<String, String> env) {
    return new SchoolFileParser(
        SchoolFileParser.roleAliases(new MessageTexts(new TemplateProperties(null))),
        env::get,
        java.util.Set.of("morning-report"));
  }

  static SchoolFileParser parser() {
    return parser(Map.of());
  }

  static String classpath(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small valid school with two groups sharing one member, for school code {@code code}. */
  static String small(String code) {
    return """
        code: %s
        name: 测试小学
        grades:
          - name: 一年级
            classes: [1班, 2班]
            leader: {name: 张老师, dingtalkId: %s_zhang}
        groups:
          - code: leadership
            name: 领导小组
            members:
              - {name: 叶婷, dingtalkId: %s_yeting, role: 组长}
              - {name: 陶洁, dingtalkId: %s_taojie, phone: "13800000001", role: 副组长}
            chat:
              robot: {openConversationId: cid-%s-leadership}
            receives: {tally: school, alerts: [fever, red_code]}
          - code: personnel
            name: 人员管理组
            members:
              - {name: 陶洁, dingtalkId: %s_taojie, role: leader}
            include: [class-teachers, grade-leaders]
            chat:
              webhook: {url: "https://oapi.dingtalk.com/robot/send?access_token=tok-%s", secret: SECabc123}
            receives: {tally: class, names: true, missingNames: true, alerts: [all]}
        schedule:
          morning-report: {push: "06:40", remind: ["07:20"]}
        """
        .formatted(code, code, code, code, code, code, code);
  }
}
