package com.chenbao.conversation;

import com.chenbao.roster.ClassView;
import com.chenbao.roster.GuardianView;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.roster.StaffView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the sender of a message in the rosters. A person belongs to one school; schools are few, so
 * every school is asked in turn and the first that knows the userId wins.
 */
@Component
class SenderDirectory {

  private final SchoolDirectory schools;
  private final RosterQuery roster;

  SenderDirectory(SchoolDirectory schools, RosterQuery roster) {
    this.schools = schools;
    this.roster = roster;
  }

  Optional<Sender> find(String userId) {
    for (School school : schools.allSchools()) {
      GuardianView guardian = roster.guardianByDingtalkUserId(school.id(), userId).orElse(null);
      StaffView staff =
          roster
              .staffByDingtalkUserId(school.id(), userId)
              .filter(s -> "active".equals(s.status()))
              .orElse(null);
      if (guardian != null || staff != null) {
        ClassView taught = staff == null ? null : roster.classTaughtBy(staff.id()).orElse(null);
        return Optional.of(new Sender(school, guardian, staff, taught));
      }
    }
    return Optional.empty();
  }
}
