package com.chenbao.roster;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one read of the home-school contacts found.
 *
 * @param classes the class nodes of the tree, with the names of the nodes above them (campus,
 *     period, grade)
 * @param students each student identity of each class
 * @param guardians each guardian, once, with the classes they were found in; {@code mobile} is null
 *     where it was not fetched (a guardian already matched by userId)
 * @param relations guardian-student pairs per class
 * @param calls the requests the read made
 */
public record HomeSchoolDirectory(
    List<EduClass> classes,
    List<EduStudent> students,
    List<EduGuardian> guardians,
    List<EduRelation> relations,
    int calls) {

  public HomeSchoolDirectory {
    classes = List.copyOf(classes);
    students = List.copyOf(students);
    guardians = List.copyOf(guardians);
    relations = List.copyOf(relations);
  }

  /** A class node; {@code path} lists the names from the root down to the class's parent. */
  public record EduClass(String classId, String name, List<String> path) {
    public EduClass {
      path = List.copyOf(path);
    }
  }

  /** {@code studentNo} from the identity's feature, when the school entered it. */
  public record EduStudent(
      String userId, String name, String classId, @Nullable String studentNo) {}

  public record EduGuardian(
      String userId, @Nullable String name, @Nullable String mobile, List<String> classIds) {
    public EduGuardian {
      classIds = List.copyOf(classIds);
    }
  }

  public record EduRelation(
      String guardianUserId, String studentUserId, String relation, String classId) {}
}
