package com.chenbao.roster;

import com.chenbao.roster.StudentMapper.NewStudent;
import com.chenbao.roster.StudentMapper.StudentRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes the students of a validated file: upsert by student number, and students still at the
 * school but missing from the file become transferred_out. Runs inside the import's transaction.
 */
@Component
class StudentSync {

  static final String ACTIVE = "active";
  static final String ON_LEAVE = "on_leave";
  static final String TRANSFERRED_OUT = "transferred_out";

  private final StudentMapper students;

  StudentSync(StudentMapper students) {
    this.students = students;
  }

  /** Returns the counts; {@code idsByNumber} receives the id of every student in the file. */
  RosterImportResult.ImportCounts apply(
      long schoolId,
      Map<String, ValidatedRoster.Student> inFile,
      Map<String, Long> idsByNumber,
      Instant now) {
    Map<String, StudentRow> stored =
        students.findBySchool(schoolId).stream()
            .collect(Collectors.toMap(StudentRow::studentNo, Function.identity()));
    CountsBuilder counts = new CountsBuilder();
    for (ValidatedRoster.Student student : inFile.values()) {
      StudentRow row = stored.get(student.studentNo());
      counts.changed(row != null, row != null && differs(row, student));
      idsByNumber.put(
          student.studentNo(),
          row == null ? insert(schoolId, student, now) : update(row, student, now));
    }
    List<Long> gone =
        stored.values().stream()
            .filter(row -> !inFile.containsKey(row.studentNo()))
            .filter(row -> row.status().equals(ACTIVE) || row.status().equals(ON_LEAVE))
            .map(StudentRow::id)
            .toList();
    if (!gone.isEmpty()) {
      students.markTransferredOut(gone, now);
    }
    return counts.build(gone.size());
  }

  private long insert(long schoolId, ValidatedRoster.Student student, Instant now) {
    NewStudent row = new NewStudent(schoolId, student, now);
    students.insert(row);
    return Objects.requireNonNull(row.id);
  }

  private long update(StudentRow row, ValidatedRoster.Student student, Instant now) {
    if (differs(row, student)) {
      String status = statusInFile(row);
      students.update(
          row.id(), student.name(), student.classId(), status, !status.equals(row.status()), now);
    }
    return row.id();
  }

  private static boolean differs(StudentRow row, ValidatedRoster.Student student) {
    return !row.name().equals(student.name())
        || row.classId() != student.classId()
        || !statusInFile(row).equals(row.status());
  }

  /**
   * A transferred-out student who is in the file again is back at school; on leave stays on leave.
   */
  private static String statusInFile(StudentRow row) {
    return row.status().equals(TRANSFERRED_OUT) ? ACTIVE : row.status();
  }
}
