package com.chenbao.demo;

import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.RosterSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo school as DingTalk's home-school contacts would hold it, for the sandbox's stand-in of
 * the edu APIs: the same generated families as the demo roster, so a sync can be tried. Realistic
 * for a sync: the roster file lacks the DingTalk ID of a third of the guardians (found by phone), a
 * few gave DingTalk another number, the guardians not on DingTalk are missing, a family friend is
 * on DingTalk but not in the roster, one phone is shared by two DingTalk guardians (a conflict), a
 * pupil is on DingTalk but not yet in the roster, and one pupil in five has no student number in
 * DingTalk (matched by name within the class).
 */
@Component
public class DemoHomeSchool {

  /** The demo school's code. */
  public static final String SCHOOL = DemoSchoolLoader.DEMO_SCHOOL;

  /** The home-school contacts: a campus node, one node per grade, one per class. */
  public record Contacts(
      String campus,
      List<ClassNode> classes,
      List<Student> students,
      List<Guardian> guardians,
      List<Relation> relations) {}

  public record ClassNode(String id, String grade, String name) {}

  public record Student(String userId, String name, String classId, @Nullable String studentNo) {}

  public record Guardian(String userId, String name, String mobile) {}

  public record Relation(
      String guardianUserId, String studentUserId, String relation, String classId) {}

  private final DemoProperties properties;
  private final RosterQuery roster;

  DemoHomeSchool(DemoProperties properties, RosterQuery roster) {
    this.properties = properties;
    this.roster = roster;
  }

  /** Empty when the demo is off or its school has no classes yet. */
  public Optional<Contacts> contacts() {
    if (!properties.enabled()) {
      return Optional.empty();
    }
    RosterSummary summary = roster.summary(SCHOOL);
    List<DemoRoster.ClassRef> refs =
        summary.classes().stream()
            .map(c -> new DemoRoster.ClassRef(c.grade(), c.className()))
            .toList();
    if (refs.isEmpty()) {
      return Optional.empty();
    }
    DemoPeople people = DemoPeople.load();
    DemoRoster generated = DemoSchoolLoader.generate(people, refs, properties.studentsPerClass());
    return Optional.of(build(people.homeSchool(), refs, generated));
  }

  private static Contacts build(
      DemoPeople.HomeSchool planted, List<DemoRoster.ClassRef> refs, DemoRoster generated) {
    Map<String, ClassNode> classes = new LinkedHashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      classes.put(
          key(refs.get(i).grade(), refs.get(i).className()),
          new ClassNode(Long.toString(30_001L + i), refs.get(i).grade(), refs.get(i).className()));
    }
    Map<String, Student> students = new LinkedHashMap<>();
    Map<String, Guardian> guardians = new LinkedHashMap<>();
    List<Relation> relations = new ArrayList<>();
    for (DemoRoster.StudentRow row : generated.students) {
      DemoRoster.OnDingTalk on = row.onDingTalk();
      String classId = classes.get(key(row.grade(), row.className())).id();
      students.putIfAbsent(
          on.studentUserId(),
          new Student(
              on.studentUserId(),
              row.studentName(),
              classId,
              on.studentNoEntered() ? row.studentNo() : null));
      if (!on.guardianUserId().isEmpty()) {
        guardians.putIfAbsent(
            on.guardianUserId(),
            new Guardian(on.guardianUserId(), row.guardianName(), on.guardianMobile()));
        relations.add(
            new Relation(on.guardianUserId(), on.studentUserId(), row.relation(), classId));
      }
    }
    addPlantedCases(planted, classes, students, guardians, relations);
    return new Contacts(
        planted.campus(),
        List.copyOf(classes.values()),
        List.copyOf(students.values()),
        List.copyOf(guardians.values()),
        relations);
  }

  /**
   * The people a real school's contacts have beyond its office's roster (see the class comment).
   */
  private static void addPlantedCases(
      DemoPeople.HomeSchool planted,
      Map<String, ClassNode> classes,
      Map<String, Student> students,
      Map<String, Guardian> guardians,
      List<Relation> relations) {
    Student first = students.values().iterator().next();
    DemoPeople.Person friend = planted.friend();
    guardians.put(
        "zy_x0001", new Guardian("zy_x0001", friend.name(), String.valueOf(friend.mobile())));
    relations.add(new Relation("zy_x0001", first.userId(), friend.relation(), first.classId()));
    // The second guardian of a family registered with the same phone as the first.
    Guardian shared =
        guardians.values().stream()
            .filter(
                g ->
                    g.userId().startsWith("zy_p")
                        && Integer.parseInt(g.userId().substring(4)) % 3 == 1)
            .skip(3)
            .findFirst()
            .orElseThrow();
    Relation of =
        relations.stream()
            .filter(r -> r.guardianUserId().equals(shared.userId()))
            .findFirst()
            .orElseThrow();
    guardians.put(
        "zy_x0002", new Guardian("zy_x0002", planted.samePhone().name(), shared.mobile()));
    relations.add(
        new Relation("zy_x0002", of.studentUserId(), planted.samePhone().relation(), of.classId()));
    ClassNode third = List.copyOf(classes.values()).get(Math.min(2, classes.size() - 1));
    students.put(
        "zy_c9901",
        new Student(
            "zy_c9901", planted.newPupil().name(), third.id(), planted.newPupil().studentNo()));
  }

  private static String key(String grade, String className) {
    return grade + "\u0000" + className;
  }
}
