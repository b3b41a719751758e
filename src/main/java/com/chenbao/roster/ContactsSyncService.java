package com.chenbao.roster;

import com.chenbao.roster.ContactsMatcher.Match;
import com.chenbao.roster.ContactsSyncMapper.RosterGuardian;
import com.chenbao.roster.ContactsSyncMapper.RosterStudent;
import com.chenbao.shared.AuditLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills guardians' and students' DingTalk userIds from the home-school contacts. The contacts are
 * read first (many calls, no transaction open); then, in one transaction under the school's lock,
 * the roster is read again, matched, the new userIds written where none is stored, and the report
 * saved. A read that fails or runs out of budget writes nothing but its report.
 */
@Service
class ContactsSyncService {

  static final String MANUAL = "manual";
  static final String SCHEDULED = "scheduled";
  static final String AUDIT_SYNC = "roster.dingtalk-sync";
  static final String AUDIT_READ_REPORT = "roster.dingtalk-sync-report";
  private static final Logger log = LoggerFactory.getLogger(ContactsSyncService.class);

  private final SchoolDirectory schools;
  private final SchoolMapper schoolRows;
  private final ContactsSyncMapper mapper;
  private final AuditLog audit;
  private final HomeSchoolContacts contacts;
  private final ContactsSyncProperties properties;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final Clock clock;

  ContactsSyncService(
      SchoolDirectory schools,
      SchoolMapper schoolRows,
      ContactsSyncMapper mapper,
      AuditLog audit,
      HomeSchoolContacts contacts,
      ContactsSyncProperties properties,
      TransactionTemplate transaction,
      ObjectMapper json,
      Clock clock) {
    this.schools = schools;
    this.schoolRows = schoolRows;
    this.mapper = mapper;
    this.audit = audit;
    this.contacts = contacts;
    this.properties = properties;
    this.transaction = transaction;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Syncs one school now; returns (and stores) the report. {@code lowerBudget}, if given, replaces
   * the configured call budget when it is lower.
   */
  ContactsSyncReport sync(String schoolCode, String trigger, @Nullable Integer lowerBudget) {
    int maxCalls =
        lowerBudget == null
            ? properties.maxCalls()
            : Math.max(1, Math.min(lowerBudget, properties.maxCalls()));
    School school = schools.findSchool(schoolCode).orElseThrow(() -> new UnknownSchool(schoolCode));
    Instant started = clock.instant();
    Set<String> known =
        mapper.findGuardians(school.id()).stream()
            .map(RosterGuardian::dingtalkUserId)
            .filter(id -> id != null && !id.isBlank())
            .collect(Collectors.toSet());
    HomeSchoolDirectory read;
    try {
      read = contacts.read(school.code(), known, maxCalls);
    } catch (HomeSchoolReadFailed e) {
      String outcome =
          e.reason() == HomeSchoolReadFailed.Reason.BUDGET_EXCEEDED
              ? ContactsSyncReport.BUDGET_EXCEEDED
              : ContactsSyncReport.FAILED;
      ContactsSyncReport report =
          ContactsSyncReport.stopped(
              school.code(),
              trigger,
              started,
              clock.instant(),
              outcome,
              e.getMessage() + "; nothing was changed",
              e.calls(),
              maxCalls);
      transaction.executeWithoutResult(status -> save(school, report));
      log.warn(
          "Home-school contacts sync of {} stopped ({}) after {} calls; nothing was changed",
          school.code(),
          outcome,
          e.calls());
      return report;
    }
    ContactsSyncReport report =
        Objects.requireNonNull(
            transaction.execute(status -> apply(school, trigger, started, read, maxCalls)));
    log.info(
        "Home-school contacts sync of {}: {} calls, {} guardians and {} students filled, {} conflicts",
        school.code(),
        report.calls(),
        report.counts().guardiansFilled(),
        report.counts().studentsFilled(),
        report.conflicts().size());
    return report;
  }

  /**
   * The scheduled run: every configured school in turn; one school's failure does not stop the
   * others.
   */
  void syncScheduled() {
    List<String> codes =
        properties.schools().isEmpty()
            ? schools.allSchools().stream().map(School::code).toList()
            : properties.schools();
    for (String code : codes) {
      try {
        sync(code, SCHEDULED, null);
      } catch (RuntimeException e) {
        log.warn("Scheduled home-school contacts sync of {} failed: {}", code, e.toString());
      }
    }
  }

  /** The last report (it names guardians and students, so the read is audited). */
  Optional<String> lastReport(String schoolCode, String actor) {
    School school = schools.findSchool(schoolCode).orElseThrow(() -> new UnknownSchool(schoolCode));
    Optional<String> report = Optional.ofNullable(mapper.findLastReport(school.id()));
    report.ifPresent(
        r -> audit.record(actor, AUDIT_READ_REPORT, school.id(), "last", null, clock.instant()));
    return report;
  }

  private ContactsSyncReport apply(
      School school, String trigger, Instant started, HomeSchoolDirectory read, int maxCalls) {
    schoolRows.lockForUpdate(school.id());
    List<RosterGuardian> guardians = mapper.findGuardians(school.id());
    List<RosterStudent> students = mapper.findStudents(school.id());
    Match match =
        new ContactsMatcher(read, guardians, students, mapper.findLinks(school.id())).match();
    Instant now = clock.instant();
    Map<Long, RosterGuardian> guardianById = new HashMap<>();
    guardians.forEach(g -> guardianById.put(g.id(), g));
    Map<Long, RosterStudent> studentById = new HashMap<>();
    students.forEach(s -> studentById.put(s.id(), s));
    List<ContactsSyncReport.FilledGuardian> filledGuardians = new ArrayList<>();
    match
        .guardianFills()
        .forEach(
            (id, userId) -> {
              if (mapper.fillGuardianUserId(id, userId, now) == 1) {
                RosterGuardian g = guardianById.get(id);
                filledGuardians.add(
                    new ContactsSyncReport.FilledGuardian(
                        g.name(), PhoneMask.mask(g.phone()), userId));
              }
            });
    List<ContactsSyncReport.FilledStudent> filledStudents = new ArrayList<>();
    match
        .studentFills()
        .forEach(
            (id, userId) -> {
              if (mapper.fillStudentUserId(id, userId, now) == 1) {
                RosterStudent s = studentById.get(id);
                filledStudents.add(
                    new ContactsSyncReport.FilledStudent(s.studentNo(), s.name(), userId));
              }
            });
    ContactsSyncReport.Counts counts =
        new ContactsSyncReport.Counts(
            read.classes().size(),
            (int)
                read.students().stream()
                    .map(HomeSchoolDirectory.EduStudent::userId)
                    .distinct()
                    .count(),
            read.guardians().size(),
            match.mobilesFetched(),
            filledGuardians.size(),
            filledStudents.size(),
            match.guardiansAlreadyLinked(),
            match.studentsAlreadyLinked());
    ContactsSyncReport report =
        new ContactsSyncReport(
            school.code(),
            trigger,
            started,
            clock.instant(),
            ContactsSyncReport.COMPLETED,
            null,
            read.calls(),
            maxCalls,
            !filledGuardians.isEmpty() || !filledStudents.isEmpty(),
            counts,
            filledGuardians,
            filledStudents,
            match.unmatchedDingtalkGuardians(),
            match.unmatchedRosterGuardians(),
            match.unmatchedDingtalkStudents(),
            match.unmatchedRosterStudents(),
            match.unmatchedClasses(),
            match.conflicts());
    save(school, report);
    return report;
  }

  private void save(School school, ContactsSyncReport report) {
    mapper.insertReport(
        school.id(),
        report.trigger(),
        report.startedAt(),
        report.finishedAt(),
        report.outcome(),
        report.calls(),
        report.counts().guardiansFilled(),
        report.counts().studentsFilled(),
        toJson(report));
    String actor = MANUAL.equals(report.trigger()) ? RosterController.API_ACTOR : "system";
    audit.record(
        actor,
        AUDIT_SYNC,
        school.id(),
        report.outcome(),
        toJson(report.counts()),
        report.finishedAt());
  }

  private String toJson(Object report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the sync report", e);
    }
  }
}
