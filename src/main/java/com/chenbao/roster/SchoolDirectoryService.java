package com.chenbao.roster;

import com.chenbao.roster.SchoolMapper.SchoolRow;
import com.chenbao.roster.StaffMapper.NewStaff;
import com.chenbao.roster.StaffMapper.StaffRow;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SchoolDirectoryService implements SchoolDirectory {

  private final SchoolMapper schools;
  private final SchoolStructureMapper structure;
  private final StaffMapper staff;
  private final Clock clock;

  SchoolDirectoryService(
      SchoolMapper schools, SchoolStructureMapper structure, StaffMapper staff, Clock clock) {
    this.schools = schools;
    this.structure = structure;
    this.staff = staff;
    this.clock = clock;
  }

  @Override
  @Transactional
  public School ensureSchool(String code, String name, ZoneId zone) {
    schools.upsert(code, name, zone.getId(), clock.instant());
    return findSchool(code).orElseThrow();
  }

  @Override
  public Optional<School> findSchool(String code) {
    return Optional.ofNullable(schools.findByCode(code)).map(SchoolDirectoryService::toSchool);
  }

  @Override
  public Optional<School> findSchool(long id) {
    return Optional.ofNullable(schools.findById(id)).map(SchoolDirectoryService::toSchool);
  }

  @Override
  public List<School> allSchools() {
    return schools.findAll().stream().map(SchoolDirectoryService::toSchool).toList();
  }

  @Override
  @Transactional
  public void defineStructure(String schoolCode, List<GradeDefinition> grades) {
    School school =
        findSchool(schoolCode)
            .orElseThrow(() -> new IllegalArgumentException("Unknown school " + schoolCode));
    for (int g = 0; g < grades.size(); g++) {
      GradeDefinition grade = grades.get(g);
      Long leaderId = grade.leader() == null ? null : upsertStaff(school.id(), grade.leader());
      structure.upsertGrade(school.id(), grade.name(), g + 1, leaderId);
      long gradeId = Objects.requireNonNull(structure.findGradeId(school.id(), grade.name()));
      for (int c = 0; c < grade.classNames().size(); c++) {
        structure.upsertClass(school.id(), gradeId, grade.classNames().get(c), c + 1);
      }
    }
  }

  @Override
  @Transactional
  public long upsertStaff(long schoolId, StaffRef ref) {
    StaffRow existing = match(schoolId, ref);
    if (existing == null) {
      NewStaff row = new NewStaff(schoolId, ref, clock.instant());
      staff.insert(row);
      return Objects.requireNonNull(row.id);
    }
    staff.update(
        existing.id(), ref.name(), ref.dingtalkUserId(), ref.phone(), ref.title(), clock.instant());
    return existing.id();
  }

  private @Nullable StaffRow match(long schoolId, StaffRef ref) {
    if (ref.dingtalkUserId() != null) {
      StaffRow byUser = staff.findByDingtalkUserId(schoolId, ref.dingtalkUserId());
      if (byUser != null) {
        return byUser;
      }
    }
    if (ref.phone() != null) {
      StaffRow byPhone = staff.findByPhone(schoolId, ref.phone());
      if (byPhone != null) {
        return byPhone;
      }
    }
    // A bare name only matches a person we know no other identifier for, and only if unique.
    List<StaffRow> byName =
        staff.findByName(schoolId, ref.name()).stream()
            .filter(row -> ref.dingtalkUserId() == null || row.dingtalkUserId() == null)
            .toList();
    return byName.size() == 1 ? byName.get(0) : null;
  }

  private static School toSchool(SchoolRow row) {
    return new School(row.id(), row.code(), row.name(), ZoneId.of(row.timeZone()));
  }
}
