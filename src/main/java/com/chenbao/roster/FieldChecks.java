package com.chenbao.roster;

import java.util.Map;
import java.util.Optional;

/** The per-cell rules shared by student and staff sheets: required, length, mobile number. */
final class FieldChecks {

  private final RowErrors errors;

  FieldChecks(RowErrors errors) {
    this.errors = errors;
  }

  /** True if the cell has a value; else adds a "required" error. */
  boolean required(SheetLine line, RosterColumn column) {
    if (line.get(column).isEmpty()) {
      errors.add(line.at(), column, "required", Map.of());
      return false;
    }
    return true;
  }

  /** True if the value fits the database column; else adds a "too long" error. */
  boolean fits(SheetLine line, RosterColumn column, int max) {
    String value = line.get(column);
    if (value.codePointCount(0, value.length()) > max) {
      errors.add(line.at(), column, "too-long", Map.of("value", value, "max", max));
      return false;
    }
    return true;
  }

  /** The normalised mobile number; empty (and an error added) if the cell holds something else. */
  Optional<String> phone(SheetLine line, RosterColumn column) {
    Optional<String> phone = PhoneNumbers.normalize(line.get(column));
    if (phone.isEmpty()) {
      errors.add(line.at(), column, "phone", Map.of("value", line.get(column)));
    }
    return phone;
  }
}
