package com.chenbao.roster;

import java.util.List;

/**
 * A roster file was refused and nothing was written. Carries every problem found, in file order.
 */
public class RosterRejected extends RuntimeException {

  private final transient List<RosterRowError> errors;
  private final boolean unreadable;

  RosterRejected(List<RosterRowError> errors, boolean unreadable) {
    super(errors.size() + " problem(s) in the roster file");
    this.errors = List.copyOf(errors);
    this.unreadable = unreadable;
  }

  public List<RosterRowError> errors() {
    return errors;
  }

  /**
   * True when the file itself could not be read (empty, unsupported type, damaged), not a bad row.
   */
  public boolean unreadable() {
    return unreadable;
  }
}
