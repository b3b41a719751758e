package com.chenbao.roster;

import com.chenbao.shared.MessageTexts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Turns uploaded bytes into raw sheets: Excel by its file signature, else CSV if it is text. */
@Component
class RosterFileReader {

  private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");
  private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "txt", "");

  private final MessageTexts texts;
  private final RosterUploadProperties limits;

  RosterFileReader(MessageTexts texts, RosterUploadProperties limits) {
    this.texts = texts;
    this.limits = limits;
  }

  /**
   * @throws RosterRejected (unreadable) if the file is empty, of another type, or damaged
   */
  List<RawSheet> read(String fileName, byte[] content) {
    if (content.length == 0 || CsvSheets.decode(content).isBlank()) {
      throw RowErrors.unreadable(texts, "empty", Map.of());
    }
    String extension = extension(fileName);
    if (isWorkbook(content)) {
      if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)
          && !WorkbookSheets.partsWithin(content, limits.maxSheetSize().toBytes())) {
        throw RowErrors.unreadable(
            texts,
            "sheet-too-large",
            Map.of("file", fileName, "max", limits.maxSheetSize().toMegabytes()));
      }
      List<RawSheet> sheets;
      try {
        sheets =
            WorkbookSheets.read(content, limits.maxSheetSize().toBytes(), limits.maxRows() + 1);
      } catch (Exception damagedOrEncrypted) { // POI signals a bad file with many unchecked types
        throw RowErrors.unreadable(texts, "unreadable", Map.of("file", fileName));
      }
      return checkedRows(sheets);
    }
    if (WORKBOOK_EXTENSIONS.contains(extension)) {
      throw RowErrors.unreadable(texts, "unreadable", Map.of("file", fileName));
    }
    if (!TEXT_EXTENSIONS.contains(extension) || looksBinary(content)) {
      throw RowErrors.unreadable(texts, "unsupported", Map.of("file", fileName));
    }
    return checkedRows(List.of(CsvSheets.read(content)));
  }

  private List<RawSheet> checkedRows(List<RawSheet> sheets) {
    if (sheets.stream().mapToInt(sheet -> sheet.rows().size()).sum() > limits.maxRows()) {
      throw RowErrors.unreadable(texts, "too-many-rows", Map.of("max", limits.maxRows()));
    }
    return sheets;
  }

  /** ZIP (.xlsx) or OLE2 (.xls) signature. */
  private static boolean isWorkbook(byte[] content) {
    return startsWith(content, 0x50, 0x4B, 0x03, 0x04)
        || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
  }

  private static boolean startsWith(byte[] content, int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksBinary(byte[] content) {
    if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF || (content[0] & 0xFF) == 0xFE)) {
      return false; // UTF-16 text has NUL bytes but a byte-order mark
    }
    for (int i = 0; i < Math.min(content.length, 8192); i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
