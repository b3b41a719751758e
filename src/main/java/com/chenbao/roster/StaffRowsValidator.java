package com.chenbao.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks the staff rows of a file and builds the staff to upsert. One instance per file. */
final class StaffRowsValidator {

  private final RowErrors errors;
  private final FieldChecks checks;
  private final Map<String, RowRef> phones = new HashMap<>();
  private final Map<String, RowRef> userIds = new HashMap<>();
  private final List<StaffRef> staff = new ArrayList<>();

  StaffRowsValidator(RowErrors errors) {
    this.errors = errors;
    this.checks = new FieldChecks(errors);
  }

  void check(SheetLine line) {
    boolean ok =
        checks.required(line, RosterColumn.STAFF_NAME)
            & checks.fits(line, RosterColumn.STAFF_NAME, 64)
            & checks.fits(line, RosterColumn.STAFF_DINGTALK, 64)
            & checks.fits(line, RosterColumn.STAFF_TITLE, 64);
    // Not everyone on staff has a phone on record (or DingTalk); a number that is given must be
    // valid.
    Optional<String> phone = Optional.empty();
    if (!line.get(RosterColumn.STAFF_PHONE).isEmpty()) {
      phone = checks.phone(line, RosterColumn.STAFF_PHONE);
      ok &= phone.isPresent() && unique(line, RosterColumn.STAFF_PHONE, phone.get(), phones);
    }
    String userId = line.get(RosterColumn.STAFF_DINGTALK);
    if (!userId.isEmpty()) {
      ok &= unique(line, RosterColumn.STAFF_DINGTALK, userId, userIds);
    }
    if (ok) {
      String title = line.get(RosterColumn.STAFF_TITLE);
      staff.add(
          new StaffRef(
              line.get(RosterColumn.STAFF_NAME),
              userId.isEmpty() ? null : userId,
              phone.orElse(null),
              title.isEmpty() ? null : title));
    }
  }

  private boolean unique(
      SheetLine line, RosterColumn column, String value, Map<String, RowRef> seen) {
    RowRef first = seen.putIfAbsent(value, line.at());
    if (first == null) {
      return true;
    }
    errors.add(
        line.at(),
        column,
        "staff-duplicate",
        Map.of("value", value, "firstAt", errors.where(first, line.at())));
    return false;
  }

  List<StaffRef> result() {
    return List.copyOf(staff);
  }
}
