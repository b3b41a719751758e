package com.chenbao.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV roster: UTF-8 with or without BOM, or GB18030/GBK as Excel on Chinese Windows saves
 * it.
 */
final class CsvSheets {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private CsvSheets() {}

  static RawSheet read(byte[] content) {
    String text = decode(content);
    List<RawSheet.Row> rows = new ArrayList<>();
    // Empty lines are kept as records so that record numbers stay equal to Excel's row numbers.
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        if (!RawSheet.Row.isBlank(cells)) {
          rows.add(new RawSheet.Row((int) record.getRecordNumber(), cells));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RawSheet(null, rows);
  }

  /**
   * UTF-16 if it starts with its byte-order mark; UTF-8 if the bytes are valid UTF-8 (a BOM is
   * dropped); else GB18030, a superset of GBK and GB2312.
   */
  static String decode(byte[] content) {
    // Excel's "Unicode text" export is UTF-16 with a byte-order mark.
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
    }
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      return new String(content, GB18030);
    }
  }

  /** Some exports are tab-separated; decide by the first line. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long tabs = first.chars().filter(c -> c == '\t').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return tabs > commas ? '\t' : ',';
  }
}
