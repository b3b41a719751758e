package com.chenbao.roster;

import com.chenbao.shared.MessageTexts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Collects the problems of one roster file, rendered in Chinese from roster.yml. */
final class RowErrors {

  private final MessageTexts texts;
  private final List<RosterRowError> errors = new ArrayList<>();

  RowErrors(MessageTexts texts) {
    this.texts = texts;
  }

  /** Adds {@code roster.error.<key>}, rendered with {row}, {column} and {@code values}. */
  void add(RowRef at, RosterColumn column, String key, Map<String, ?> values) {
    add(at, column.header(texts), key, values);
  }

  void add(RowRef at, String column, String key, Map<String, ?> values) {
    Map<String, Object> all = new HashMap<>(values);
    all.put("row", at.row());
    all.put("column", column);
    String message = texts.render("roster.error." + key, all);
    if (at.sheet() != null) {
      message =
          texts.render("roster.error.in-sheet", Map.of("sheet", at.sheet(), "message", message));
    }
    errors.add(new RosterRowError(at.sheet(), at.row(), column, message));
  }

  /**
   * "row 5", or "sheet X row 5" (in the texts' words) when {@code earlier} is on another sheet than
   * {@code current}.
   */
  String where(RowRef earlier, RowRef current) {
    if (earlier.sheet() == null || Objects.equals(earlier.sheet(), current.sheet())) {
      return texts.render("roster.error.at-row", Map.of("row", earlier.row()));
    }
    return texts.render(
        "roster.error.at-sheet-row", Map.of("sheet", earlier.sheet(), "row", earlier.row()));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  RosterRejected rejection() {
    return new RosterRejected(errors, false);
  }

  /** The file as a whole cannot be read: one error at row 0. */
  static RosterRejected unreadable(MessageTexts texts, String key, Map<String, ?> values) {
    String message = texts.render("roster.error." + key, values);
    return new RosterRejected(List.of(new RosterRowError(null, 0, "", message)), true);
  }
}
