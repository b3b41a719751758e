package com.chenbao.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Roster files as a school office would export them, and the school they fit. */
final class RosterFiles {

  static final String STUDENT_HEADER = "年级,班级,学号,学生姓名,家长姓名,关系,家长手机号,家长钉钉ID,班主任,班主任钉钉ID";
  static final String STAFF_HEADER = "姓名,手机号,钉钉ID,岗位";

  /**
   * Three students in three classes. 张伟 is the guardian of two children (in two classes); 张小明 has
   * two guardians; 陈刚's phone is typed with spaces.
   */
  static final List<String> GOOD_STUDENTS =
      List.of(
          "一年级,1班,2020001,张小明,张伟,父亲,13800000001,u_zhangwei,王老师,t_wang",
          "一年级,1班,2020001,张小明,李娜,母亲,13800000002,,王老师,t_wang",
          "一年级,2班,2020002,张小红,张伟,父亲,13800000001,u_zhangwei,赵老师,",
          "二年级,1班,2019001,陈晨,陈刚,父亲,138 0000 0003,,钱老师,t_qian");

  private RosterFiles() {}

  /** A school with 一年级 (1班, 2班) and 二年级 (1班). */
  static School school(SchoolDirectory directory, String code) {
    School school = directory.ensureSchool(code, "测试小学", ZoneId.of("Asia/Shanghai"));
    directory.defineStructure(
        code,
        List.of(
            new GradeDefinition("一年级", List.of("1班", "2班"), null),
            new GradeDefinition("二年级", List.of("1班"), null)));
    return school;
  }

  static byte[] csv(String header, List<String> rows) {
    return csv(header, rows, StandardCharsets.UTF_8);
  }

  static byte[] csv(String header, List<String> rows, Charset charset) {
    return (header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(charset);
  }

  static byte[] withBom(byte[] utf8) {
    byte[] out = new byte[utf8.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, out, 3, utf8.length);
    return out;
  }

  /**
   * An Excel workbook with a 学生 sheet and a 教职工 sheet, columns in another order than the CSV, phone
   * numbers and 学号 stored as numeric cells.
   */
  static byte[] workbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet students = workbook.createSheet("学生");
      text(
          students.createRow(0),
          " 学号 ",
          "学生姓名",
          "年级",
          "班级",
          "家长姓名",
          "关系",
          "家长手机号",
          "班主任",
          "班主任钉钉ID");
      Row r1 = students.createRow(1);
      r1.createCell(0).setCellValue(2020001d);
      text(r1, 1, "张小明", "一年级", "1班", "张伟", "父亲");
      r1.createCell(6).setCellValue(13800000001d);
      text(r1, 7, "王老师", "t_wang");
      Row r2 = students.createRow(2);
      r2.createCell(0).setCellValue(2020002d);
      text(r2, 1, "张小红", "一年级", "2班", "张伟", "父亲");
      r2.createCell(6).setCellValue(13800000001d);
      workbook.createSheet("空白");
      Sheet staff = workbook.createSheet("教职工");
      text(staff.createRow(0), "岗位", "姓名", "手机号", "钉钉ID");
      Row s1 = staff.createRow(1);
      text(s1, "保安", "刘师傅");
      s1.createCell(2).setCellValue(13900000009d);
      Row s2 = staff.createRow(2);
      text(s2, "语文教师", "王老师", "", "t_wang");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, String... values) {
    text(row, 0, values);
  }

  private static void text(Row row, int from, String... values) {
    for (int i = 0; i < values.length; i++) {
      if (!values[i].isEmpty()) {
        row.createCell(from + i).setCellValue(values[i]);
      }
    }
  }
}
