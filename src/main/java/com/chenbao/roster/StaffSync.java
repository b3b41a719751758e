package com.chenbao.roster;

import com.chenbao.roster.StaffMapper.StaffRow;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes class teachers (set on their classes) and staff rows through {@link SchoolDirectory}, and
 * marks staff missing from a staff sheet as left. Runs inside the import's transaction.
 */
@Component
class StaffSync {

  private final SchoolDirectory directory;
  private final StaffMapper staff;
  private final SchoolStructureMapper structure;
  private final List<StaffReferences> references;

  StaffSync(
      SchoolDirectory directory,
      StaffMapper staff,
      SchoolStructureMapper structure,
      List<StaffReferences> references) {
    this.directory = directory;
    this.staff = staff;
    this.structure = structure;
    this.references = references;
  }

  /**
   * Counts compare each touched staff row before and after, so a row that ends as it started (say a
   * title set by the class-teacher step and set back by the staff sheet) is unchanged.
   */
  RosterImportResult.ImportCounts apply(long schoolId, ValidatedRoster roster, Instant now) {
    Map<Long, StaffRow> before = byId(staff.findBySchool(schoolId));
    Set<Long> touched = new LinkedHashSet<>();
    // Class teachers first, so that a post (job title) given in the staff sheet is what stays.
    roster
        .students()
        .classTeachers()
        .forEach(
            (classId, teacher) -> {
              long staffId = directory.upsertStaff(schoolId, teacher);
              structure.setClassTeacher(classId, staffId);
              touched.add(staffId);
            });
    roster.staff().forEach(member -> touched.add(directory.upsertStaff(schoolId, member)));
    List<Long> left = roster.hasStaff() ? leavers(schoolId, before, touched) : List.of();
    if (!left.isEmpty()) {
      staff.markLeft(left, now);
    }
    Map<Long, StaffRow> after = byId(staff.findBySchool(schoolId));
    CountsBuilder counts = new CountsBuilder();
    touched.forEach(
        id -> counts.changed(before.containsKey(id), !after.get(id).equals(before.get(id))));
    return counts.build(left.size());
  }

  /**
   * Active staff not in the file. Staff the school's structure (roster's own tables) or another
   * module ({@link StaffReferences}: working groups) still name (grade leaders, class teachers,
   * group members) are kept: the school config, not the staff sheet, owns them.
   */
  private List<Long> leavers(long schoolId, Map<Long, StaffRow> before, Set<Long> touched) {
    Set<Long> keep = new HashSet<>(touched);
    keep.addAll(staff.findReferencedIds(schoolId));
    references.forEach(r -> keep.addAll(r.staffNamedBy(schoolId)));
    return before.values().stream()
        .filter(row -> row.status().equals("active") && !keep.contains(row.id()))
        .map(StaffRow::id)
        .toList();
  }

  private static Map<Long, StaffRow> byId(List<StaffRow> rows) {
    return rows.stream().collect(Collectors.toMap(StaffRow::id, Function.identity()));
  }
}
