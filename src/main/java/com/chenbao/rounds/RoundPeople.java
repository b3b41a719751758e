package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Subject;
import com.chenbao.roster.ClassView;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.StaffView;
import com.chenbao.roster.StudentGuardian;
import com.chenbao.roster.StudentView;
import com.chenbao.rounds.RoundReadMapper.AnswerRow;
import com.chenbao.rounds.RoundReadMapper.ExpectedRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The people of a round: the expected snapshot and its answers (this module's tables) with the
 * names, classes, display order and guardians the roster holds ({@link RosterQuery}). Each call is
 * a fixed number of queries for the whole round (the snapshot, the school's classes, the students,
 * staff or guardians asked for by id), never one per person.
 */
@Component
public class RoundPeople {

  private static final String STUDENT = "student";
  private static final String STAFF = "staff";

  private final RoundReadMapper reads;
  private final RoundMapper rounds;
  private final RosterQuery roster;

  RoundPeople(RoundReadMapper reads, RoundMapper rounds, RosterQuery roster) {
    this.reads = reads;
    this.rounds = rounds;
    this.roster = roster;
  }

  /**
   * One row per guardian and expected child, by guardian, then grade, class and student number.
   *
   * @param onlyUnanswered only children with no answer in the round yet
   */
  public List<GuardianChild> findGuardianChildren(long roundId, boolean onlyUnanswered) {
    List<ExpectedRow> expected = reads.findExpected(roundId, STUDENT, onlyUnanswered, null);
    Lookup look = lookup(roundId, expected, List.of());
    List<GuardianChild> rows = new ArrayList<>();
    for (StudentGuardian link : roster.guardiansOf(ids(expected))) {
      ExpectedRow e = look.expectedStudent(link.studentId());
      StudentView s = look.students.get(link.studentId());
      ClassView c = e == null ? null : look.classOf(e.classId());
      if (e != null && s != null && c != null) {
        rows.add(
            new GuardianChild(
                link.guardianId(),
                link.dingtalkUserId(),
                s.id(),
                s.name(),
                c.grade(),
                c.name(),
                c.id()));
      }
    }
    rows.sort(
        Comparator.comparingLong(GuardianChild::guardianId)
            .thenComparingInt(r -> look.classOrder(r.classId()))
            .thenComparingInt(r -> look.studentOrder(r.studentId())));
    return rows;
  }

  /** Expected staff members, by id. */
  public List<StaffSubject> findStaff(long roundId, boolean onlyUnanswered) {
    List<ExpectedRow> expected = reads.findExpected(roundId, STAFF, onlyUnanswered, null);
    Map<Long, StaffView> staff = staffById(ids(expected));
    return expected.stream()
        .map(e -> staff.get(e.subjectId()))
        .filter(Objects::nonNull)
        .map(s -> new StaffSubject(s.id(), s.name(), s.dingtalkUserId()))
        .sorted(Comparator.comparingLong(StaffSubject::staffId))
        .toList();
  }

  /**
   * Classes with expected students in the round, in the school's order, with their class teacher if
   * any.
   */
  public List<ClassTeacher> findClassTeachers(long roundId) {
    long schoolId = schoolOf(roundId);
    Set<Long> classIds = new LinkedHashSet<>();
    reads
        .findExpected(roundId, STUDENT, false, null)
        .forEach(e -> classIds.add(Objects.requireNonNull(e.classId())));
    List<ClassView> classes =
        roster.classes(schoolId).stream().filter(c -> classIds.contains(c.id())).toList();
    Map<Long, StaffView> teachers =
        staffById(
            classes.stream().map(ClassView::teacherStaffId).filter(Objects::nonNull).toList());
    return classes.stream()
        .map(
            c -> {
              StaffView t = c.teacherStaffId() == null ? null : teachers.get(c.teacherStaffId());
              return new ClassTeacher(
                  c.id(),
                  c.grade(),
                  c.name(),
                  t == null ? null : t.id(),
                  t == null ? null : t.dingtalkUserId());
            })
        .toList();
  }

  /**
   * One row per unanswered expected student and guardian (a student without guardians: one row with
   * null guardian), by class, student number and guardian.
   */
  public List<MissingGuardian> findMissingWithGuardians(long roundId) {
    List<ExpectedRow> expected = reads.findExpected(roundId, STUDENT, true, null);
    Map<Long, StudentView> students = studentsById(ids(expected));
    Map<Long, List<StudentGuardian>> guardians = new HashMap<>();
    roster
        .guardiansOf(students.keySet())
        .forEach(g -> guardians.computeIfAbsent(g.studentId(), id -> new ArrayList<>()).add(g));
    Map<Long, Integer> order = order(students.keySet());
    List<ExpectedRow> sorted =
        expected.stream()
            .filter(e -> students.containsKey(e.subjectId()))
            .sorted(
                Comparator.comparingLong((ExpectedRow e) -> Objects.requireNonNull(e.classId()))
                    .thenComparingInt(e -> order.get(e.subjectId())))
            .toList();
    List<MissingGuardian> rows = new ArrayList<>();
    for (ExpectedRow e : sorted) {
      StudentView s = students.get(e.subjectId());
      long classId = Objects.requireNonNull(e.classId());
      List<StudentGuardian> of = guardians.getOrDefault(s.id(), List.of());
      if (of.isEmpty()) {
        rows.add(new MissingGuardian(classId, s.id(), s.name(), null, null, null));
      }
      of.stream()
          .sorted(Comparator.comparingLong(StudentGuardian::guardianId))
          .forEach(
              g ->
                  rows.add(
                      new MissingGuardian(
                          classId, s.id(), s.name(), g.guardianId(), g.relation(), g.phone())));
    }
    return rows;
  }

  /**
   * Everyone expected (students by grade, class and number, then staff by id), with their answer
   * state.
   */
  List<ExpectedSubject> expectedSubjects(long roundId) {
    List<ExpectedRow> expected = reads.findExpected(roundId, null, false, null);
    Lookup look = lookup(roundId, expected, List.of());
    return look.sorted(expected, false).stream()
        .map(
            e ->
                new ExpectedSubject(
                    kindOf(e.subjectKind()),
                    e.subjectId(),
                    look.name(e),
                    e.classId(),
                    look.className(e.classId()),
                    e.answered(),
                    e.late()))
        .toList();
  }

  /** Everyone expected with their current answer: students as above, then staff by name. */
  List<ExpectedAnswer> expectedAnswers(long roundId) {
    List<ExpectedRow> expected = reads.findExpected(roundId, null, false, null);
    Lookup look = lookup(roundId, expected, List.of());
    return look.sorted(expected, true).stream()
        .map(
            e -> {
              ClassView c = look.classOf(e.classId());
              return new ExpectedAnswer(
                  kindOf(e.subjectKind()),
                  e.subjectId(),
                  look.name(e),
                  e.classId(),
                  c == null ? null : c.grade(),
                  c == null ? null : c.name(),
                  e.answered(),
                  e.answered() ? e.values() : AnswerValues.none());
            })
        .toList();
  }

  /** The guardian's children expected in the round, by grade, class and student number. */
  List<ExpectedChild> expectedChildrenOf(long roundId, long guardianId) {
    List<Long> children = roster.studentIdsOfGuardian(guardianId);
    if (children.isEmpty()) {
      return List.of();
    }
    List<ExpectedRow> expected = reads.findExpected(roundId, STUDENT, false, children);
    Lookup look = lookup(roundId, expected, List.of());
    return look.sorted(expected, false).stream()
        .filter(e -> look.students.containsKey(e.subjectId()) && look.classOf(e.classId()) != null)
        .map(
            e -> {
              StudentView s = look.students.get(e.subjectId());
              return new ExpectedChild(
                  s.id(),
                  s.name(),
                  s.studentNo(),
                  Objects.requireNonNull(e.classId()),
                  Objects.requireNonNull(look.className(e.classId())),
                  e.answered());
            })
        .toList();
  }

  /**
   * The round's current answers with who they are about and who gave them; of one class if {@code
   * className} is given (grade and class as the office writes it, or the class name alone).
   * Students by grade, class and number, then staff by id.
   */
  List<AnswerView> answers(long roundId, @Nullable String className, List<String> formQuestions) {
    List<AnswerRow> answers = reads.findAnswers(roundId);
    List<ExpectedRow> asExpected =
        answers.stream()
            .map(
                a ->
                    new ExpectedRow(
                        a.subjectKind(),
                        a.subjectId(),
                        a.classId(),
                        true,
                        a.late(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
            .toList();
    List<Long> answeringStaff =
        answers.stream()
            .filter(a -> STAFF.equals(a.answeredByKind()))
            .map(AnswerRow::answeredById)
            .toList();
    Lookup look = lookup(roundId, asExpected, answeringStaff);
    Map<String, StudentGuardian> links = new HashMap<>();
    roster
        .guardiansOf(look.students.keySet())
        .forEach(g -> links.put(g.studentId() + ":" + g.guardianId(), g));
    Map<String, AnswerRow> byKey = new HashMap<>();
    answers.forEach(a -> byKey.put(a.subjectKind() + ":" + a.subjectId(), a));
    List<AnswerView> views = new ArrayList<>();
    for (ExpectedRow e : look.sorted(asExpected, false)) {
      AnswerRow a = byKey.get(e.subjectKind() + ":" + e.subjectId());
      String place = look.className(a.classId());
      ClassView c = look.classOf(a.classId());
      if (className != null
          && (c == null || !(className.equals(place) || className.equals(c.name())))) {
        continue;
      }
      StudentView s = STUDENT.equals(a.subjectKind()) ? look.students.get(a.subjectId()) : null;
      String answeredBy = null;
      String relation = null;
      if ("guardian".equals(a.answeredByKind())) {
        StudentGuardian g = links.get(a.subjectId() + ":" + a.answeredById());
        answeredBy = g == null ? null : g.name();
        relation = g == null ? null : g.relation();
      } else if (STAFF.equals(a.answeredByKind())) {
        StaffView by = look.staff.get(a.answeredById());
        answeredBy = by == null ? null : by.name();
      }
      views.add(
          AnswerView.of(
              a,
              look.name(e),
              s == null ? null : s.studentNo(),
              place,
              answeredBy,
              relation,
              formQuestions));
    }
    return views;
  }

  private long schoolOf(long roundId) {
    RoundRow round = rounds.findRoundById(roundId);
    if (round == null) {
      throw new IllegalArgumentException("No round " + roundId);
    }
    return round.schoolId();
  }

  private Lookup lookup(long roundId, List<ExpectedRow> rows, Collection<Long> moreStaff) {
    Set<Long> studentIds = new TreeSet<>();
    Set<Long> staffIds = new TreeSet<>(moreStaff);
    rows.forEach(e -> (STAFF.equals(e.subjectKind()) ? staffIds : studentIds).add(e.subjectId()));
    List<ClassView> classes = rows.isEmpty() ? List.of() : roster.classes(schoolOf(roundId));
    return new Lookup(
        rows,
        classes,
        roster.students(studentIds),
        staffIds.isEmpty() ? List.of() : roster.staff(staffIds));
  }

  private Map<Long, StaffView> staffById(Collection<Long> ids) {
    Map<Long, StaffView> staff = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      roster.staff(ids).forEach(s -> staff.put(s.id(), s));
    }
    return staff;
  }

  private Map<Long, StudentView> studentsById(Collection<Long> ids) {
    Map<Long, StudentView> students = new LinkedHashMap<>();
    roster.students(ids).forEach(s -> students.put(s.id(), s));
    return students;
  }

  /**
   * Position of each id in the roster's display order of {@code ids} (the map's iteration order).
   */
  private static Map<Long, Integer> order(Collection<Long> idsInOrder) {
    Map<Long, Integer> order = new HashMap<>();
    idsInOrder.forEach(id -> order.put(id, order.size()));
    return order;
  }

  private static Set<Long> ids(List<ExpectedRow> rows) {
    Set<Long> ids = new TreeSet<>();
    rows.forEach(e -> ids.add(e.subjectId()));
    return ids;
  }

  private static Subject.Kind kindOf(String subjectKind) {
    return Subject.Kind.valueOf(subjectKind.toUpperCase(Locale.ROOT));
  }

  /** What the roster says about the people and classes of some snapshot rows. */
  private static final class Lookup {
    final Map<Long, ExpectedRow> expectedStudents = new HashMap<>();
    final Map<Long, ClassView> classes = new HashMap<>();
    final Map<Long, Integer> classOrder = new HashMap<>();
    final Map<Long, StudentView> students = new LinkedHashMap<>();
    final Map<Long, Integer> studentOrder = new HashMap<>();
    final Map<Long, StaffView> staff = new LinkedHashMap<>();
    final Map<Long, Integer> staffByName = new HashMap<>();

    Lookup(
        List<ExpectedRow> rows,
        List<ClassView> classList,
        List<StudentView> studentList,
        List<StaffView> staffList) {
      rows.stream()
          .filter(e -> STUDENT.equals(e.subjectKind()))
          .forEach(e -> expectedStudents.put(e.subjectId(), e));
      classList.forEach(
          c -> {
            classes.put(c.id(), c);
            classOrder.put(c.id(), classOrder.size());
          });
      studentList.forEach(
          s -> {
            students.put(s.id(), s);
            studentOrder.put(s.id(), studentOrder.size());
          });
      staffList.forEach(
          s -> {
            staff.put(s.id(), s);
            staffByName.put(s.id(), staffByName.size());
          });
    }

    @Nullable ExpectedRow expectedStudent(long studentId) {
      return expectedStudents.get(studentId);
    }

    @Nullable ClassView classOf(@Nullable Long classId) {
      return classId == null ? null : classes.get(classId);
    }

    /** Grade and class name together, as the office writes it; null for none. */
    @Nullable String className(@Nullable Long classId) {
      ClassView c = classOf(classId);
      return c == null ? null : c.grade() + c.name();
    }

    /** A class the roster does not know sorts first, as SQL sorts NULL first. */
    int classOrder(@Nullable Long classId) {
      return classId == null ? -1 : classOrder.getOrDefault(classId, -1);
    }

    int studentOrder(long studentId) {
      return studentOrder.getOrDefault(studentId, Integer.MAX_VALUE);
    }

    String name(ExpectedRow e) {
      if (STAFF.equals(e.subjectKind())) {
        StaffView s = staff.get(e.subjectId());
        return s == null ? "" : s.name();
      }
      StudentView s = students.get(e.subjectId());
      return s == null ? "" : s.name();
    }

    /** Students by class order and number, then staff by id or (staffByName) by name. */
    List<ExpectedRow> sorted(List<ExpectedRow> rows, boolean staffByNameOrder) {
      Comparator<ExpectedRow> students =
          Comparator.comparingInt((ExpectedRow e) -> classOrder(e.classId()))
              .thenComparingInt(e -> studentOrder(e.subjectId()))
              .thenComparingLong(ExpectedRow::subjectId);
      Comparator<ExpectedRow> staffOrder =
          staffByNameOrder
              ? Comparator.comparingInt(
                      (ExpectedRow e) -> staffByName.getOrDefault(e.subjectId(), Integer.MAX_VALUE))
                  .thenComparingLong(ExpectedRow::subjectId)
              : Comparator.comparingLong(ExpectedRow::subjectId);
      return rows.stream()
          .sorted(
              (a, b) -> {
                boolean aStaff = STAFF.equals(a.subjectKind());
                boolean bStaff = STAFF.equals(b.subjectKind());
                if (aStaff != bStaff) {
                  return aStaff ? 1 : -1;
                }
                return aStaff ? staffOrder.compare(a, b) : students.compare(a, b);
              })
          .toList();
    }
  }

  public record GuardianChild(
      long guardianId,
      @Nullable String guardianUserId,
      long studentId,
      String studentName,
      String gradeName,
      String className,
      long classId) {}

  public record StaffSubject(long staffId, String name, @Nullable String userId) {}

  public record ClassTeacher(
      long classId,
      String gradeName,
      String className,
      @Nullable Long teacherId,
      @Nullable String teacherUserId) {}

  public record MissingGuardian(
      long classId,
      long studentId,
      String studentName,
      @Nullable Long guardianId,
      @Nullable String relation,
      @Nullable String phone) {}
}
