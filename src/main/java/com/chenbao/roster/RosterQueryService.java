package com.chenbao.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class RosterQueryService implements RosterQuery {

  private final SchoolDirectory directory;
  private final RosterQueryMapper queries;

  RosterQueryService(SchoolDirectory directory, RosterQueryMapper queries) {
    this.directory = directory;
    this.queries = queries;
  }

  @Override
  public RosterSummary summary(String schoolCode) {
    School school =
        directory.findSchool(schoolCode).orElseThrow(() -> new UnknownSchool(schoolCode));
    List<RosterSummary.ClassSummary> classes = queries.summarizeClasses(school.id());
    RosterSummary.Totals totals =
        new RosterSummary.Totals(
            classes.size(),
            classes.stream().mapToInt(RosterSummary.ClassSummary::active).sum(),
            classes.stream().mapToInt(RosterSummary.ClassSummary::onLeave).sum(),
            classes.stream().mapToInt(RosterSummary.ClassSummary::transferredOut).sum(),
            queries.countEnrolledGuardians(school.id()),
            queries.countActiveStaff(school.id()));
    return new RosterSummary(school.code(), school.name(), classes, totals);
  }

  @Override
  public List<StudentView> activeStudents(long schoolId) {
    return queries.findActiveStudents(schoolId);
  }

  @Override
  public List<StudentView> activeStudentsOfClass(long classId) {
    return queries.findActiveStudentsOfClass(classId);
  }

  @Override
  public List<GuardianView> guardiansOfStudent(long studentId) {
    return queries.findGuardiansOfStudent(studentId);
  }

  @Override
  public List<StudentView> studentsOfGuardian(long guardianId) {
    return queries.findEnrolledStudentsOfGuardian(guardianId);
  }

  @Override
  public Optional<GuardianView> guardianByDingtalkUserId(long schoolId, String userId) {
    return Optional.ofNullable(queries.findGuardianByDingtalkUserId(schoolId, userId));
  }

  @Override
  public Optional<StaffView> staffByDingtalkUserId(long schoolId, String userId) {
    return Optional.ofNullable(queries.findStaffByDingtalkUserId(schoolId, userId));
  }

  @Override
  public List<StaffView> activeStaff(long schoolId) {
    return queries.findActiveStaff(schoolId);
  }

  @Override
  public Optional<ClassView> classTaughtBy(long staffId) {
    return Optional.ofNullable(queries.findClassTaughtBy(staffId));
  }

  @Override
  public Optional<StudentView> student(long studentId) {
    return Optional.ofNullable(queries.findStudent(studentId));
  }

  @Override
  public Optional<StaffView> staff(long staffId) {
    return Optional.ofNullable(queries.findStaffMember(staffId));
  }

  @Override
  public Optional<ClassView> classById(long classId) {
    return Optional.ofNullable(queries.findClass(classId));
  }

  @Override
  public Optional<StudentView> studentByNumber(long schoolId, String studentNo) {
    return Optional.ofNullable(queries.findStudentByNumber(schoolId, studentNo));
  }

  @Override
  public List<StudentView> students(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : queries.findStudents(ids);
  }

  @Override
  public List<ClassView> classes(long schoolId) {
    return queries.findClasses(schoolId);
  }

  @Override
  public List<StaffView> staff(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : queries.findStaff(ids);
  }

  @Override
  public List<StudentGuardian> guardiansOf(Collection<Long> studentIds) {
    return studentIds.isEmpty() ? List.of() : queries.findGuardiansOfStudents(studentIds);
  }

  @Override
  public List<Long> studentIdsOfGuardian(long guardianId) {
    return queries.findStudentIdsOfGuardian(guardianId);
  }

  @Override
  public List<ClassTeacher> classTeachers(long schoolId) {
    return queries.findClassTeachers(schoolId);
  }

  @Override
  public List<Long> gradeLeaders(long schoolId) {
    return queries.findGradeLeaders(schoolId);
  }

  @Override
  public List<ChatUser> chatUsers() {
    return queries.findChatUsers();
  }
}
