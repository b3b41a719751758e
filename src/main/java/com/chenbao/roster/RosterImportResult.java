package com.chenbao.roster;

/**
 * What an import changed. The top-level counts are students; {@code guardians} and {@code staff}
 * break down the other people in the file. Re-importing an unchanged file gives only "unchanged".
 */
public record RosterImportResult(
    int created,
    int updated,
    int unchanged,
    int deactivated,
    ImportCounts guardians,
    ImportCounts staff) {

  static RosterImportResult of(ImportCounts students, ImportCounts guardians, ImportCounts staff) {
    return new RosterImportResult(
        students.created(),
        students.updated(),
        students.unchanged(),
        students.deactivated(),
        guardians,
        staff);
  }

  ImportCounts students() {
    return new ImportCounts(created, updated, unchanged, deactivated);
  }

  /**
   * Counts for one kind of person. {@code deactivated}: students set to transferred_out, staff set
   * to left, guardians no longer linked to any student still at the school.
   */
  public record ImportCounts(int created, int updated, int unchanged, int deactivated) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

    ImportCounts plus(ImportCounts other) {
      return new ImportCounts(
          created + other.created, updated + other.updated,
          unchanged + other.unchanged, deactivated + other.deactivated);
    }
  }
}
