package com.chenbao.roster;

import com.chenbao.roster.RosterImportResult.ImportCounts;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class RosterImportService implements RosterImporter {

  private static final Logger log = LoggerFactory.getLogger(RosterImportService.class);

  private final SchoolDirectory directory;
  private final RosterValidator validator;
  private final SchoolMapper schools;
  private final GuardianMapper guardians;
  private final StudentSync studentSync;
  private final GuardianSync guardianSync;
  private final StaffSync staffSync;
  private final RosterImportLog importLog;
  private final TransactionTemplate transaction;
  private final Clock clock;

  RosterImportService(
      SchoolDirectory directory,
      RosterValidator validator,
      SchoolMapper schools,
      GuardianMapper guardians,
      StudentSync studentSync,
      GuardianSync guardianSync,
      StaffSync staffSync,
      RosterImportLog importLog,
      TransactionTemplate transaction,
      Clock clock) {
    this.directory = directory;
    this.validator = validator;
    this.schools = schools;
    this.guardians = guardians;
    this.studentSync = studentSync;
    this.guardianSync = guardianSync;
    this.staffSync = staffSync;
    this.importLog = importLog;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public RosterImportResult importRoster(
      String schoolCode, String fileName, byte[] content, String actor) {
    School school =
        directory.findSchool(schoolCode).orElseThrow(() -> new UnknownSchool(schoolCode));
    // The whole file is read and checked before the transaction starts: a rejected file writes
    // nothing.
    ValidatedRoster roster = validator.validate(school, fileName, content);
    RosterImportResult result =
        Objects.requireNonNull(
            transaction.execute(status -> apply(school, fileName, content, actor, roster)));
    log.info("Roster imported for school {}: {}", school.code(), result);
    return result;
  }

  private RosterImportResult apply(
      School school, String fileName, byte[] content, String actor, ValidatedRoster roster) {
    Instant now = clock.instant();
    schools.lockForUpdate(school.id());
    ImportCounts students = ImportCounts.NONE;
    ImportCounts guardianCounts = ImportCounts.NONE;
    if (roster.hasStudents()) {
      Set<Long> enrolledBefore = new HashSet<>(guardians.findIdsWithEnrolledStudents(school.id()));
      Map<String, Long> studentIds = new HashMap<>();
      students = studentSync.apply(school.id(), roster.students().byNumber(), studentIds, now);
      guardianCounts =
          guardianSync.apply(school.id(), roster.students(), studentIds, enrolledBefore, now);
    }
    ImportCounts staff = staffSync.apply(school.id(), roster, now);
    RosterImportResult result = RosterImportResult.of(students, guardianCounts, staff);
    importLog.record(school, fileName, content, actor, result, now);
    return result;
  }
}
