package com.chenbao.roster;

import java.util.Set;

/**
 * Staff another module still names, so a staff sheet that leaves them out does not mark them left
 * (the school file, not the staff sheet, owns them). Implemented by the modules that keep such
 * references (working group members in {@code schoolconfig}); roster asks every implementation, and
 * there may be none. Roster cannot read those modules' tables or import them: they depend on
 * roster.
 */
public interface StaffReferences {

  /** Ids of the school's staff this module names; empty if none. Reads only. */
  Set<Long> staffNamedBy(long schoolId);
}
