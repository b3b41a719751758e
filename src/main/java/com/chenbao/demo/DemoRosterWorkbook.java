package com.chenbao.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a generated roster as the XLSX file a school office would upload (student and staff
 * sheets).
 */
final class DemoRosterWorkbook {

  private DemoRosterWorkbook() {}

  static byte[] write(
      DemoPeople people, List<DemoRoster.StudentRow> students, List<DemoRoster.StaffRow> staff) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet studentSheet = book.createSheet(people.studentSheet());
      header(studentSheet, people.studentHeaders());
      int r = 1;
      for (DemoRoster.StudentRow s : students) {
        cells(
            studentSheet.createRow(r++),
            s.grade(),
            s.className(),
            s.studentNo(),
            s.studentName(),
            s.guardianName(),
            s.relation(),
            s.guardianPhone(),
            s.guardianUserId(),
            s.teacherName(),
            s.teacherUserId());
      }
      Sheet staffSheet = book.createSheet(people.staffSheet());
      header(staffSheet, people.staffHeaders());
      r = 1;
      for (DemoRoster.StaffRow s : staff) {
        cells(staffSheet.createRow(r++), s.name(), s.phone(), s.userId(), s.title());
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the demo roster workbook", e);
    }
  }

  private static void header(Sheet sheet, List<String> headers) {
    cells(sheet.createRow(0), headers.toArray(String[]::new));
  }

  private static void cells(Row row, String... values) {
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }
}
