package com.chenbao.roster;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table read from a roster file, before anything is interpreted: the non-blank rows, each with
 * the row number the office sees in Excel. {@code name} is the worksheet name, null for CSV.
 */
record RawSheet(@Nullable String name, List<Row> rows) {

  RawSheet {
    rows = List.copyOf(rows);
  }

  record Row(int number, List<String> cells) {

    Row {
      cells = List.copyOf(cells);
    }

    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }

    static boolean isBlank(List<String> cells) {
      return cells.stream().allMatch(RawSheet::isBlankText);
    }
  }

  /**
   * Trims spaces, including the no-break and ideographic spaces spreadsheets leave around values.
   */
  static String clean(@Nullable String value) {
    return value == null ? "" : value.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
  }

  static boolean isBlankText(String value) {
    return clean(value).isEmpty();
  }
}
