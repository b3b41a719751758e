package com.chenbao.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.roster.ContactsMatcher.Match;
import com.chenbao.roster.ContactsSyncMapper.RosterGuardian;
import com.chenbao.roster.ContactsSyncMapper.RosterStudent;
import com.chenbao.roster.ContactsSyncReport.Conflict;
import com.chenbao.roster.HomeSchoolDirectory.EduClass;
import com.chenbao.roster.HomeSchoolDirectory.EduGuardian;
import com.chenbao.roster.HomeSchoolDirectory.EduRelation;
import com.chenbao.roster.HomeSchoolDirectory.EduStudent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matching rules of the home-school contacts sync, one case each. */
class ContactsMatcherTests {

  static final EduClass ONE = new EduClass("31", "1班", List.of("Campus", "G1"));

  @Test
  void aStoredUserIdIsNeverReplacedButReportedAsAConflict() {
    Match match =
        match(
            List.of(new EduGuardian("new", "A", "13800000001", List.of("31"))),
            List.of(guardian(1, "13800000001", "old")),
            List.of(),
            List.of());

    assertThat(match.guardianFills()).isEmpty();
    assertThat(match.conflicts())
        .extracting(Conflict::kind, Conflict::storedUserId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("guardian-has-other-userid", "old"));
  }

  @Test
  void aGuardianAlreadyHoldingTheUserIdIsLinkedWhateverTheMobile() {
    Match match =
        match(
            List.of(new EduGuardian("known", null, null, List.of("31"))),
            List.of(guardian(1, "13800000001", "known")),
            List.of(),
            List.of());

    assertThat(match.guardiansAlreadyLinked()).isEqualTo(1);
    assertThat(match.unmatchedDingtalkGuardians()).isEmpty();
    assertThat(match.mobilesFetched()).isZero();
  }

  @Test
  void mobilesAreNormalisedAndAMobileThatIsNoNumberIsUnmatched() {
    Match match =
        match(
            List.of(
                new EduGuardian("a", "A", "0086 138-0000-0001", List.of("31")),
                new EduGuardian("b", "B", "n/a", List.of("31"))),
            List.of(guardian(1, "13800000001", null)),
            List.of(),
            List.of());

    assertThat(match.guardianFills()).isEqualTo(Map.of(1L, "a"));
    assertThat(match.unmatchedDingtalkGuardians())
        .extracting(ContactsSyncReport.DingTalkPerson::userId)
        .containsExactly("b");
  }

  @Test
  void aStudentNumberWithAnotherNameIsAConflictNotAMatch() {
    Match match =
        match(
            List.of(),
            List.of(),
            List.of(new EduStudent("s1", "Other Name", "31", "2026001")),
            List.of(student(1, "2026001", "Right Name", null)));

    assertThat(match.studentFills()).isEmpty();
    assertThat(match.conflicts())
        .extracting(Conflict::kind)
        .containsExactly("student-name-differs");
    assertThat(match.unmatchedRosterStudents())
        .extracting(ContactsSyncReport.RosterPerson::key)
        .containsExactly("2026001");
  }

  @Test
  void withoutANumberAStudentMatchesByNameInTheSameClassOnlyIfTheNameIsUnique() {
    Match unique =
        match(
            List.of(),
            List.of(),
            List.of(new EduStudent("s1", "Li", "31", null)),
            List.of(student(1, "2026001", "Li", null), student(2, "2026002", "Wang", null)));
    Match twins =
        match(
            List.of(),
            List.of(),
            List.of(new EduStudent("s1", "Li", "31", null)),
            List.of(student(1, "2026001", "Li", null), student(2, "2026002", "Li", null)));

    assertThat(unique.studentFills()).isEqualTo(Map.of(1L, "s1"));
    assertThat(twins.studentFills()).isEmpty();
    assertThat(twins.conflicts()).extracting(Conflict::kind).containsExactly("student-ambiguous");
  }

  @Test
  void aClassNamedWithItsGradeMatchesToo() {
    EduClass flat = new EduClass("32", "G11班", List.of("Campus"));
    HomeSchoolDirectory contacts =
        new HomeSchoolDirectory(
            List.of(flat),
            List.of(new EduStudent("s1", "Li", "32", null)),
            List.of(),
            List.of(),
            0);

    Match match =
        new ContactsMatcher(
                contacts, List.of(), List.of(student(1, "2026001", "Li", null)), List.of())
            .match();

    assertThat(match.unmatchedClasses()).isEmpty();
    assertThat(match.studentFills()).isEqualTo(Map.of(1L, "s1"));
  }

  @Test
  void twoIdentitiesForOneStudentAreBothLeftOut() {
    Match match =
        match(
            List.of(),
            List.of(),
            List.of(
                new EduStudent("s1", "Li", "31", "2026001"),
                new EduStudent("s2", "Li", "31", "2026001")),
            List.of(student(1, "2026001", "Li", null)));

    assertThat(match.studentFills()).isEmpty();
    assertThat(match.conflicts()).extracting(Conflict::kind).containsExactly("matched-twice");
  }

  private static Match match(
      List<EduGuardian> eduGuardians,
      List<RosterGuardian> guardians,
      List<EduStudent> eduStudents,
      List<RosterStudent> students) {
    List<EduRelation> relations =
        eduGuardians.stream().map(g -> new EduRelation(g.userId(), "x", "", "31")).toList();
    HomeSchoolDirectory contacts =
        new HomeSchoolDirectory(List.of(ONE), eduStudents, eduGuardians, relations, 0);
    return new ContactsMatcher(contacts, guardians, students, List.of()).match();
  }

  private static RosterGuardian guardian(long id, String phone, String userId) {
    return new RosterGuardian(id, "Guardian" + id, phone, userId, true);
  }

  private static RosterStudent student(long id, String no, String name, String userId) {
    return new RosterStudent(id, no, name, 7, "G1", "1班", "active", userId);
  }
}
