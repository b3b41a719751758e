package com.chenbao.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads every non-empty worksheet of an Excel workbook (.xlsx, also legacy .xls) as text cells. */
final class WorkbookSheets {

  private WorkbookSheets() {}

  /** @throws IOException or a POI runtime exception if the workbook is damaged or encrypted */
  static List<RawSheet> read(byte[] content) throws IOException {
    List<RawSheet> sheets = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      for (Sheet sheet : workbook) {
        List<RawSheet.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(cell, formatter));
          }
          if (!RawSheet.Row.isBlank(cells)) {
            rows.add(new RawSheet.Row(row.getRowNum() + 1, cells));
          }
        }
        if (!rows.isEmpty()) {
          sheets.add(new RawSheet(sheet.getSheetName(), rows));
        }
      }
    }
    return sheets;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell) : plainDigits(cell.getNumericCellValue());
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }

  /**
   * Phone numbers and student numbers typed as numbers are doubles in the file; write them as the digits the
   * office typed, never as 1.38E10 or 2020001.0.
   */
  static String plainDigits(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
