package com.chenbao.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.IOUtils;

/** Reads every non-empty worksheet of an Excel workbook (.xlsx, also legacy .xls) as text cells. */
final class WorkbookSheets {

  private WorkbookSheets() {}

  /**
   * True if every part of the .xlsx (ZIP) file unpacks to at most {@code maxPartBytes}: counted by
   * unpacking, not by the sizes the file claims, and before POI builds anything in memory.
   */
  static boolean partsWithin(byte[] content, long maxPartBytes) {
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        long size = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          size += n;
          if (size > maxPartBytes) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException damaged) {
      return true; // not ours to judge: POI reports the damaged file
    }
  }

  /**
   * Reads at most {@code maxRows} non-blank rows in all (the caller refuses a file that has more).
   *
   * @throws IOException or a POI runtime exception if the workbook is damaged or encrypted
   */
  static List<RawSheet> read(byte[] content, long maxPartBytes, int maxRows) throws IOException {
    // POI's own guards, in case a part slips past partsWithin: no part or array larger than the
    // cap.
    ZipSecureFile.setMaxEntrySize(Math.max(maxPartBytes, 1024 * 1024));
    IOUtils.setByteArrayMaxOverride(
        (int) Math.min(Integer.MAX_VALUE, Math.max(maxPartBytes, 1024 * 1024)));
    List<RawSheet> sheets = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    int total = 0;
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      for (Sheet sheet : workbook) {
        List<RawSheet.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
          if (total >= maxRows) {
            break;
          }
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(cell, formatter));
          }
          if (!RawSheet.Row.isBlank(cells)) {
            rows.add(new RawSheet.Row(row.getRowNum() + 1, cells));
            total++;
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
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? formatter.formatCellValue(cell)
              : plainDigits(cell.getNumericCellValue());
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }

  /**
   * Phone numbers and student numbers typed as numbers are doubles in the file; write them as the
   * digits the office typed, never as 1.38E10 or 2020001.0.
   */
  static String plainDigits(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
