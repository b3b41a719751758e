package com.chenbao.roster;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Creates and describes schools, their grades and classes, and their staff. Every write is an
 * upsert keyed by the school's own identifiers, so applying the same definition twice changes
 * nothing.
 */
public interface SchoolDirectory {

  /** Creates the school or updates its name and zone; returns it. */
  School ensureSchool(String code, String name, ZoneId zone);

  Optional<School> findSchool(String code);

  /** The school with this database id, as rounds and answers refer to it. */
  Optional<School> findSchool(long id);

  List<School> allSchools();

  /**
   * Makes the school's grades and classes match {@code grades} (created or renumbered; grades and
   * classes not listed are kept, since students and history may point at them). Grade leaders are
   * upserted as staff.
   *
   * @throws IllegalArgumentException if the school does not exist
   */
  void defineStructure(String schoolCode, List<GradeDefinition> grades);

  /**
   * Creates or updates a staff member (see {@link StaffRef} for matching); returns the staff id.
   */
  long upsertStaff(long schoolId, StaffRef staff);
}
