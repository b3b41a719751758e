package com.chenbao.roster;

/** The uploaded roster file is larger than {@code chenbao.roster.max-file-size}: 413. */
class RosterTooLarge extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RosterTooLarge() {
    super("The roster file is too large");
  }
}
