package com.chenbao.roster;

import java.util.Map;

/** One data row of a recognised sheet: its place in the file and its trimmed values by column. */
record SheetLine(RowRef at, Map<RosterColumn, String> values) {

  SheetLine {
    values = Map.copyOf(values);
  }

  /** The trimmed value, empty if the column is absent or the cell blank. */
  String get(RosterColumn column) {
    return values.getOrDefault(column, "");
  }
}
