package com.chenbao.roster;

/** Counts one kind of person while an import is applied. */
final class CountsBuilder {

  private int created;
  private int updated;
  private int unchanged;

  void created() {
    created++;
  }

  void updated() {
    updated++;
  }

  void unchanged() {
    unchanged++;
  }

  /** Counts created, updated or unchanged by whether the stored row existed and differed. */
  void changed(boolean existed, boolean differs) {
    if (!existed) {
      created();
    } else if (differs) {
      updated();
    } else {
      unchanged();
    }
  }

  RosterImportResult.ImportCounts build(int deactivated) {
    return new RosterImportResult.ImportCounts(created, updated, unchanged, deactivated);
  }
}
