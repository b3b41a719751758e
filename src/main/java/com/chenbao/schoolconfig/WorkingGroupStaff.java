package com.chenbao.schoolconfig;

import com.chenbao.roster.StaffReferences;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Tells a roster import which staff the school file names as working group members (they are not
 * "left").
 */
@Component
class WorkingGroupStaff implements StaffReferences {

  private final WorkingGroupMapper groups;

  WorkingGroupStaff(WorkingGroupMapper groups) {
    this.groups = groups;
  }

  @Override
  public Set<Long> staffNamedBy(long schoolId) {
    return new TreeSet<>(groups.findMemberStaffIds(schoolId));
  }
}
