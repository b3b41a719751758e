package com.chenbao.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading CSV in its encodings and Excel workbooks into lines by column, without a database. */
class RosterFileParsingTests {

  private final MessageTexts texts = new MessageTexts(new TemplateProperties(null));
  private final RosterFileReader reader =
      new RosterFileReader(
          texts,
          new RosterUploadProperties(
              org.springframework.util.unit.DataSize.ofMegabytes(5),
              20_000,
              org.springframework.util.unit.DataSize.ofMegabytes(20)));
  private final RosterSheetParser parser = new RosterSheetParser(texts);

  private RosterSheetParser.Parsed parse(String fileName, byte[] content) {
    RowErrors errors = new RowErrors(texts);
    RosterSheetParser.Parsed parsed = parser.parse(reader.read(fileName, content), errors);
    assertThat(errors.isEmpty()).isTrue();
    return parsed;
  }

  @Test
  void readsUtf8Csv() {
    RosterSheetParser.Parsed parsed =
        parse("名单.csv", RosterFiles.csv(RosterFiles.STUDENT_HEADER, RosterFiles.GOOD_STUDENTS));
    assertFirstStudentRow(parsed);
    assertThat(parsed.students()).hasSize(4);
    assertThat(parsed.students().get(3).get(RosterColumn.GUARDIAN_PHONE))
        .isEqualTo("138 0000 0003");
  }

  @Test
  void readsUtf8CsvWithBom() {
    byte[] content =
        RosterFiles.withBom(RosterFiles.csv(RosterFiles.STUDENT_HEADER, RosterFiles.GOOD_STUDENTS));
    assertFirstStudentRow(parse("名单.csv", content));
  }

  @Test
  void readsGb18030CsvAsExcelOnChineseWindowsSavesIt() {
    byte[] content =
        RosterFiles.csv(
            RosterFiles.STUDENT_HEADER, RosterFiles.GOOD_STUDENTS, Charset.forName("GBK"));
    assertThat(new String(content, StandardCharsets.UTF_8))
        .doesNotContain("学号"); // really not UTF-8
    assertFirstStudentRow(parse("名单.csv", content));
  }

  @Test
  void readsColumnsInAnyOrderWithSurroundingSpaces() {
    byte[] content =
        RosterFiles.csv(
            " 家长手机号 ,学生姓名, 学号,年级,班级,家长姓名", List.of(" 13800000001 , 张小明 ,2020001,一年级,1班,张伟"));
    SheetLine line = parse("a.csv", content).students().get(0);
    assertThat(line.get(RosterColumn.STUDENT_NAME)).isEqualTo("张小明");
    assertThat(line.get(RosterColumn.GUARDIAN_PHONE)).isEqualTo("13800000001");
    assertThat(line.get(RosterColumn.TEACHER_NAME)).isEmpty();
  }

  @Test
  void readsEveryNonEmptySheetOfAWorkbookWithNumericCellsAsDigits() {
    RosterSheetParser.Parsed parsed = parse("名单.xlsx", RosterFiles.workbook());
    assertThat(parsed.students()).hasSize(2);
    SheetLine first = parsed.students().get(0);
    assertThat(first.at()).isEqualTo(new RowRef("学生", 2));
    assertThat(first.get(RosterColumn.STUDENT_NO)).isEqualTo("2020001");
    assertThat(first.get(RosterColumn.GUARDIAN_PHONE)).isEqualTo("13800000001");
    assertThat(parsed.staff())
        .extracting(l -> l.get(RosterColumn.STAFF_NAME))
        .containsExactly("刘师傅", "王老师");
    assertThat(parsed.staff().get(0).get(RosterColumn.STAFF_PHONE)).isEqualTo("13900000009");
    assertThat(parsed.staff().get(0).at()).isEqualTo(new RowRef("教职工", 2));
  }

  @Test
  void numbersComeOutAsTheDigitsTyped() {
    assertThat(WorkbookSheets.plainDigits(1.3800138E10)).isEqualTo("13800138000");
    assertThat(WorkbookSheets.plainDigits(2020001.0)).isEqualTo("2020001");
  }

  @Test
  void normalisesMobileNumbersAsPeopleTypeThem() {
    assertThat(PhoneNumbers.normalize("+86 138-0013-8000")).contains("13800138000");
    assertThat(PhoneNumbers.normalize("8613800138000")).contains("13800138000");
    assertThat(PhoneNumbers.normalize("１３８００１３８０００")).contains("13800138000");
    assertThat(PhoneNumbers.normalize("1380013800")).isEmpty();
    assertThat(PhoneNumbers.normalize("12800138000")).isEmpty();
    assertThat(PhoneNumbers.normalize("0571-88888888")).isEmpty();
  }

  @Test
  void refusesEmptyBinaryAndDamagedFiles() {
    assertThatThrownBy(() -> reader.read("a.csv", new byte[0]))
        .isInstanceOfSatisfying(RosterRejected.class, r -> assertThat(r.unreadable()).isTrue())
        .extracting(r -> ((RosterRejected) r).errors().get(0).message())
        .asString()
        .contains("文件是空的");
    assertThatThrownBy(() -> reader.read("a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
        .extracting(r -> ((RosterRejected) r).errors().get(0).message())
        .asString()
        .contains("不是支持的文件类型");
    assertThatThrownBy(() -> reader.read("a.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}))
        .extracting(r -> ((RosterRejected) r).errors().get(0).message())
        .asString()
        .contains("无法读取");
  }

  private static void assertFirstStudentRow(RosterSheetParser.Parsed parsed) {
    SheetLine line = parsed.students().get(0);
    assertThat(line.at()).isEqualTo(new RowRef(null, 2));
    assertThat(line.get(RosterColumn.GRADE)).isEqualTo("一年级");
    assertThat(line.get(RosterColumn.CLASS)).isEqualTo("1班");
    assertThat(line.get(RosterColumn.STUDENT_NO)).isEqualTo("2020001");
    assertThat(line.get(RosterColumn.STUDENT_NAME)).isEqualTo("张小明");
    assertThat(line.get(RosterColumn.RELATION)).isEqualTo("父亲");
    assertThat(line.get(RosterColumn.GUARDIAN_DINGTALK)).isEqualTo("u_zhangwei");
    assertThat(line.get(RosterColumn.TEACHER_DINGTALK)).isEqualTo("t_wang");
    assertThat(parsed.staff()).isEmpty();
  }
}
