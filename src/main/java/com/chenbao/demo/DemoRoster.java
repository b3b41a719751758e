package com.chenbao.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated, reproducible roster for the demo school: {@code perClass} students in every class,
 * each with one or two guardians. Some families have two children at the school (one guardian row,
 * two children), a few guardians have no DingTalk account yet (the class teacher must phone them),
 * and every class has a class teacher. The same seed always gives the same school.
 */
final class DemoRoster {

  /**
   * One row of the student sheet: one student–guardian pair. {@code guardianUserId} is what the
   * office's file holds (often nothing); {@code onDingTalk} is the pair as the school's home-school
   * contacts hold it.
   */
  record StudentRow(
      String grade,
      String className,
      String studentNo,
      String studentName,
      String guardianName,
      String relation,
      String guardianPhone,
      String guardianUserId,
      String teacherName,
      String teacherUserId,
      OnDingTalk onDingTalk) {}

  /**
   * The same student and guardian in DingTalk's home-school contacts: the guardian's userId ("" if
   * not on DingTalk) and mobile there (another number for a few: no match by phone), the student's
   * identity and whether the school entered the student number in DingTalk.
   */
  record OnDingTalk(
      String guardianUserId,
      String guardianMobile,
      String studentUserId,
      boolean studentNoEntered) {}

  record StaffRow(String name, String phone, String userId, String title) {}

  record ClassRef(String grade, String className) {}

  private record Guardian(
      String name,
      String relation,
      String phone,
      String userId,
      boolean idInFile,
      String dingtalkMobile) {}

  private record Family(String childSurname, List<Guardian> guardians) {}

  private final DemoPeople people;
  private final Random random;
  private int guardianSeq;
  private int staffSeq;

  final List<StudentRow> students = new ArrayList<>();
  final List<StaffRow> staff = new ArrayList<>();

  private DemoRoster(DemoPeople people, long seed) {
    this.people = people;
    this.random = new Random(seed);
  }

  static DemoRoster generate(
      DemoPeople people, List<ClassRef> classes, int perClass, int extraStaff, long seed) {
    DemoRoster roster = new DemoRoster(people, seed);
    roster.fill(classes, perClass, extraStaff);
    return roster;
  }

  private void fill(List<ClassRef> classes, int perClass, int extraStaff) {
    // Older siblings reuse the family of a child generated earlier (in a lower grade).
    List<Family> families = new ArrayList<>();
    Map<ClassRef, StaffRow> teachers = new LinkedHashMap<>();
    for (int c = 0; c < classes.size(); c++) {
      ClassRef ref = classes.get(c);
      StaffRow teacher = newStaff(people.classTeacherTitle());
      teachers.put(ref, teacher);
      for (int s = 1; s <= perClass; s++) {
        String studentNo = String.format("ZY%02d%02d", c + 1, s);
        boolean sibling = !families.isEmpty() && random.nextInt(100) < 8;
        Family family = sibling ? families.get(random.nextInt(families.size())) : newFamily();
        String childName = family.childSurname() + pick(people.childGiven());
        for (Guardian g : family.guardians()) {
          OnDingTalk onDingTalk =
              new OnDingTalk(
                  g.userId(),
                  g.dingtalkMobile(),
                  String.format("zy_c%02d%02d", c + 1, s),
                  s % 5 != 0);
          students.add(
              new StudentRow(
                  ref.grade(),
                  ref.className(),
                  studentNo,
                  childName,
                  g.name(),
                  g.relation(),
                  g.phone(),
                  g.idInFile() ? g.userId() : "",
                  teacher.name(),
                  teacher.userId(),
                  onDingTalk));
        }
        if (!sibling) {
          families.add(family);
        }
      }
    }
    staff.addAll(teachers.values());
    for (int i = 0; i < extraStaff; i++) {
      staff.add(newStaff(people.staffTitles().get(i % people.staffTitles().size())));
    }
  }

  private Family newFamily() {
    String surname = pick(people.surnames());
    int shape = random.nextInt(100);
    List<Guardian> family = new ArrayList<>();
    if (shape < 55) {
      family.add(newGuardian(surname, people.motherRelation(), pick(people.surnames())));
    } else if (shape < 75) {
      family.add(newGuardian(surname, people.fatherRelation(), surname));
    } else if (shape < 95) {
      family.add(newGuardian(surname, people.fatherRelation(), surname));
      family.add(newGuardian(surname, people.motherRelation(), pick(people.surnames())));
    } else {
      family.add(newGuardian(surname, pick(people.grandRelations()), surname));
    }
    return new Family(surname, family);
  }

  private Guardian newGuardian(String childSurname, String relation, String ownSurname) {
    guardianSeq++;
    String phone = String.format("139%08d", 57_000_000 + guardianSeq * 7);
    // About one guardian in forty has not joined DingTalk: no userId, must be phoned.
    String userId = random.nextInt(40) == 0 ? "" : String.format("zy_p%04d", guardianSeq);
    // The office knows the DingTalk ID of two guardians in three; the sync finds the others by
    // phone, except a few
    // who gave DingTalk another number than the school.
    boolean idInFile = guardianSeq % 3 != 1;
    String dingtalkMobile =
        !idInFile && guardianSeq % 29 == 4
            ? String.format("138%08d", 46_000_000 + guardianSeq)
            : phone;
    return new Guardian(
        ownSurname + pick(people.adultGiven()), relation, phone, userId, idInFile, dingtalkMobile);
  }

  private StaffRow newStaff(String title) {
    staffSeq++;
    return new StaffRow(
        pick(people.surnames()) + pick(people.adultGiven()),
        String.format("137%08d", 20_000_000 + staffSeq),
        String.format("zy_s%03d", staffSeq),
        title);
  }

  private String pick(List<String> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  long distinctStudents() {
    return students.stream().map(StudentRow::studentNo).distinct().count();
  }
}
