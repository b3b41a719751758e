package com.chenbao.roster;

import com.chenbao.roster.ContactsSyncMapper.RosterGuardian;
import com.chenbao.roster.ContactsSyncMapper.RosterStudent;
import com.chenbao.roster.ContactsSyncReport.Conflict;
import com.chenbao.roster.ContactsSyncReport.DingTalkPerson;
import com.chenbao.roster.ContactsSyncReport.RosterPerson;
import com.chenbao.roster.HomeSchoolDirectory.EduClass;
import com.chenbao.roster.HomeSchoolDirectory.EduGuardian;
import com.chenbao.roster.HomeSchoolDirectory.EduStudent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Matches the home-school contacts to the roster (docs/roster-sync.md). A userId already stored is
 * trusted and never replaced; a new one is taken only when exactly one roster person fits and
 * nobody else holds it. Guardians match by normalised mobile number; students by student number,
 * else by name within the matching class. Pure: reads its inputs, returns what to write and what to
 * report.
 */
final class ContactsMatcher {

  /** What to write (roster id to userId) and the report's lists. */
  record Match(
      Map<Long, String> guardianFills,
      Map<Long, String> studentFills,
      int mobilesFetched,
      int guardiansAlreadyLinked,
      int studentsAlreadyLinked,
      List<DingTalkPerson> unmatchedDingtalkGuardians,
      List<RosterPerson> unmatchedRosterGuardians,
      List<DingTalkPerson> unmatchedDingtalkStudents,
      List<RosterPerson> unmatchedRosterStudents,
      List<String> unmatchedClasses,
      List<Conflict> conflicts) {}

  private final HomeSchoolDirectory contacts;
  private final List<RosterGuardian> guardians;
  private final List<RosterStudent> students;
  private final Map<Long, List<Long>> studentsOfGuardian = new HashMap<>();
  private final Map<String, EduClass> classes = new HashMap<>();
  private final Map<String, Long> rosterClassOf = new HashMap<>();
  private final List<Conflict> conflicts = new ArrayList<>();

  ContactsMatcher(
      HomeSchoolDirectory contacts,
      List<RosterGuardian> guardians,
      List<RosterStudent> students,
      List<GuardianMapper.LinkRow> links) {
    this.contacts = contacts;
    this.guardians = guardians;
    this.students = students;
    links.forEach(
        l ->
            studentsOfGuardian
                .computeIfAbsent(l.guardianId(), g -> new ArrayList<>())
                .add(l.studentId()));
    contacts.classes().forEach(c -> classes.put(c.classId(), c));
  }

  Match match() {
    List<String> unmatchedClasses = mapClasses();
    StudentsResult s = matchStudents();
    GuardiansResult g = matchGuardians();
    Set<Long> linkedStudents = new HashSet<>(s.fills.keySet());
    students.stream()
        .filter(st -> !blank(st.dingtalkUserId()))
        .forEach(st -> linkedStudents.add(st.id()));
    Map<Long, RosterStudent> byId = new HashMap<>();
    students.forEach(st -> byId.put(st.id(), st));
    List<RosterPerson> unmatchedRosterStudents =
        students.stream()
            .filter(st -> st.enrolled() && !linkedStudents.contains(st.id()))
            .map(st -> new RosterPerson(st.studentNo(), st.name(), st.grade() + st.className()))
            .toList();
    List<RosterPerson> unmatchedRosterGuardians =
        guardians.stream()
            .filter(
                gu -> gu.enrolled() && blank(gu.dingtalkUserId()) && !g.fills.containsKey(gu.id()))
            .map(gu -> new RosterPerson(PhoneMask.mask(gu.phone()), gu.name(), classesOf(gu, byId)))
            .toList();
    return new Match(
        g.fills,
        s.fills,
        g.mobilesFetched,
        g.alreadyLinked,
        s.alreadyLinked,
        g.unmatched,
        unmatchedRosterGuardians,
        s.unmatched,
        unmatchedRosterStudents,
        unmatchedClasses,
        List.copyOf(conflicts));
  }

  /**
   * A class matches the roster's (grade, class) by its own name under a node named like the grade,
   * or as "gradeclass".
   */
  private List<String> mapClasses() {
    Map<String, Long> rosterClasses = new HashMap<>();
    Set<String> grades = new HashSet<>();
    for (RosterStudent st : students) {
      rosterClasses.put(st.grade() + "\u0000" + st.className(), st.classId());
      rosterClasses.put(st.grade() + st.className(), st.classId());
      grades.add(st.grade());
    }
    List<String> unmatched = new ArrayList<>();
    for (EduClass c : contacts.classes()) {
      Long id = rosterClasses.get(c.name());
      for (String node : c.path()) {
        if (id == null && grades.contains(node)) {
          id = rosterClasses.get(node + "\u0000" + c.name());
        }
      }
      if (id == null) {
        unmatched.add(label(c));
      } else {
        rosterClassOf.put(c.classId(), id);
      }
    }
    return unmatched;
  }

  private record StudentsResult(
      Map<Long, String> fills, int alreadyLinked, List<DingTalkPerson> unmatched) {}

  private StudentsResult matchStudents() {
    Map<String, RosterStudent> byUserId = new HashMap<>();
    Map<String, RosterStudent> byNo = new HashMap<>();
    students.forEach(
        st -> {
          if (!blank(st.dingtalkUserId())) {
            byUserId.put(st.dingtalkUserId(), st);
          }
          byNo.put(st.studentNo(), st);
        });
    Map<Long, List<EduStudent>> candidates = new LinkedHashMap<>();
    Set<String> linked = new HashSet<>();
    List<DingTalkPerson> unmatched = new ArrayList<>();
    for (EduStudent edu : distinctStudents()) {
      if (byUserId.containsKey(edu.userId())) {
        linked.add(edu.userId());
        continue;
      }
      Optional<RosterStudent> found = findStudent(edu, byNo);
      if (found.isEmpty()) {
        unmatched.add(person(edu));
        continue;
      }
      RosterStudent st = found.get();
      if (!blank(st.dingtalkUserId())) {
        conflicts.add(
            new Conflict(
                "student-has-other-userid",
                List.of(edu.userId()),
                null,
                st.name(),
                st.studentNo(),
                st.dingtalkUserId(),
                edu.name()));
      } else {
        candidates.computeIfAbsent(st.id(), id -> new ArrayList<>()).add(edu);
      }
    }
    Map<Long, String> fills = new LinkedHashMap<>();
    Map<Long, RosterStudent> byId = new HashMap<>();
    students.forEach(st -> byId.put(st.id(), st));
    candidates.forEach(
        (id, edus) -> {
          if (edus.size() == 1) {
            fills.put(id, edus.get(0).userId());
          } else {
            RosterStudent st = byId.get(id);
            conflicts.add(
                new Conflict(
                    "matched-twice",
                    edus.stream().map(EduStudent::userId).toList(),
                    null,
                    st.name(),
                    st.studentNo(),
                    null,
                    null));
          }
        });
    return new StudentsResult(fills, linked.size(), unmatched);
  }

  private Optional<RosterStudent> findStudent(EduStudent edu, Map<String, RosterStudent> byNo) {
    if (edu.studentNo() != null) {
      RosterStudent st = byNo.get(edu.studentNo());
      if (st != null && !st.name().equals(edu.name())) {
        conflicts.add(
            new Conflict(
                "student-name-differs",
                List.of(edu.userId()),
                null,
                st.name(),
                st.studentNo(),
                null,
                edu.name()));
        return Optional.empty();
      }
      return Optional.ofNullable(st);
    }
    Long classId = rosterClassOf.get(edu.classId());
    if (classId == null) {
      return Optional.empty();
    }
    List<RosterStudent> named =
        students.stream()
            .filter(st -> st.enrolled() && st.classId() == classId && st.name().equals(edu.name()))
            .toList();
    if (named.size() > 1) {
      conflicts.add(
          new Conflict(
              "student-ambiguous",
              List.of(edu.userId()),
              null,
              edu.name(),
              null,
              null,
              edu.name()));
      return Optional.empty();
    }
    return named.stream().findFirst();
  }

  private record GuardiansResult(
      Map<Long, String> fills,
      int alreadyLinked,
      int mobilesFetched,
      List<DingTalkPerson> unmatched) {}

  private GuardiansResult matchGuardians() {
    Set<String> held = new HashSet<>();
    Map<String, RosterGuardian> byPhone = new HashMap<>();
    guardians.forEach(
        g -> {
          if (!blank(g.dingtalkUserId())) {
            held.add(g.dingtalkUserId());
          }
          byPhone.put(g.phone(), g);
        });
    Map<String, List<EduGuardian>> byMobile = new LinkedHashMap<>();
    List<DingTalkPerson> unmatched = new ArrayList<>();
    int alreadyLinked = 0;
    int fetched = 0;
    for (EduGuardian edu : contacts.guardians()) {
      if (edu.mobile() != null) {
        fetched++;
      }
      if (held.contains(edu.userId())) {
        alreadyLinked++;
        continue;
      }
      Optional<String> phone =
          edu.mobile() == null ? Optional.empty() : PhoneNumbers.normalize(edu.mobile());
      if (phone.isEmpty()) {
        unmatched.add(person(edu, null));
      } else {
        byMobile.computeIfAbsent(phone.get(), p -> new ArrayList<>()).add(edu);
      }
    }
    Map<Long, String> fills = new LinkedHashMap<>();
    byMobile.forEach(
        (phone, edus) -> {
          RosterGuardian roster = byPhone.get(phone);
          List<String> ids = edus.stream().map(EduGuardian::userId).toList();
          if (edus.size() > 1) {
            conflicts.add(
                new Conflict(
                    "phone-shared",
                    ids,
                    PhoneMask.mask(phone),
                    roster == null ? null : roster.name(),
                    null,
                    null,
                    null));
          } else if (roster == null) {
            unmatched.add(person(edus.get(0), phone));
          } else if (!blank(roster.dingtalkUserId())) {
            conflicts.add(
                new Conflict(
                    "guardian-has-other-userid",
                    ids,
                    PhoneMask.mask(phone),
                    roster.name(),
                    null,
                    roster.dingtalkUserId(),
                    edus.get(0).name()));
          } else {
            fills.put(roster.id(), ids.get(0));
          }
        });
    return new GuardiansResult(fills, alreadyLinked, fetched, unmatched);
  }

  /**
   * A student identity in two classes (rare: a move mid-year) is matched once, by its first class.
   */
  private List<EduStudent> distinctStudents() {
    Map<String, EduStudent> first = new LinkedHashMap<>();
    contacts.students().forEach(s -> first.putIfAbsent(s.userId(), s));
    return List.copyOf(first.values());
  }

  private DingTalkPerson person(EduStudent edu) {
    return new DingTalkPerson(
        edu.userId(), edu.name(), null, List.of(classLabel(edu.classId())), edu.studentNo());
  }

  private DingTalkPerson person(EduGuardian edu, @Nullable String phone) {
    return new DingTalkPerson(
        edu.userId(),
        edu.name(),
        phone == null ? null : PhoneMask.mask(phone),
        edu.classIds().stream().map(this::classLabel).toList(),
        null);
  }

  private String classesOf(RosterGuardian guardian, Map<Long, RosterStudent> byId) {
    return String.join(
        ",",
        studentsOfGuardian.getOrDefault(guardian.id(), List.of()).stream()
            .map(byId::get)
            .filter(Objects::nonNull)
            .filter(RosterStudent::enrolled)
            .map(st -> st.grade() + st.className())
            .distinct()
            .toList());
  }

  private String classLabel(String classId) {
    EduClass c = classes.get(classId);
    return c == null ? classId : label(c);
  }

  private static String label(EduClass c) {
    return c.path().isEmpty() ? c.name() : c.path().get(c.path().size() - 1) + c.name();
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
