package com.chenbao.fallback;

import com.chenbao.roster.GuardianView;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.ExpectedSubject;
import com.chenbao.rounds.RoundQuery;
import com.chenbao.rounds.RoundView;
import com.chenbao.shared.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal links of a class's guardians for a round (admin API, behind the admin token): for
 * the class teacher to forward by any channel. Names and phones are personal data: every read is
 * written to audit_log.
 */
@RestController
class ClassLinksController {

  static final String AUDIT_ACTION = "fallback.read-links";

  private final SchoolDirectory schools;
  private final RoundQuery rounds;
  private final RosterQuery roster;
  private final FallbackService fallback;
  private final AuditLog audit;
  private final FallbackTexts texts;
  private final Clock clock;

  ClassLinksController(
      SchoolDirectory schools,
      RoundQuery rounds,
      RosterQuery roster,
      FallbackService fallback,
      AuditLog audit,
      FallbackTexts texts,
      Clock clock) {
    this.schools = schools;
    this.rounds = rounds;
    this.roster = roster;
    this.fallback = fallback;
    this.audit = audit;
    this.texts = texts;
    this.clock = clock;
  }

  /** One guardian of an expected student of the class, with their link. */
  record GuardianLink(
      long studentId,
      String student,
      boolean answered,
      long guardianId,
      String guardian,
      @Nullable String relation,
      String phone,
      boolean dingtalk,
      String link) {}

  @GetMapping("/api/schools/{schoolCode}/forms/{formCode}/rounds/{date}/classes/{classId}/links")
  ResponseEntity<?> links(
      @PathVariable String schoolCode,
      @PathVariable String formCode,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @PathVariable long classId) {
    Optional<School> school = schools.findSchool(schoolCode);
    if (school.isEmpty()) {
      return problem(
          HttpStatus.NOT_FOUND,
          texts.render("common.school-unknown", Map.of("school", schoolCode)));
    }
    Optional<RoundView> round = rounds.round(school.get().id(), formCode, date);
    if (round.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, texts.render("fallback.error.no-round"));
    }
    audit.record(
        "api-token",
        AUDIT_ACTION,
        school.get().id(),
        formCode + " " + date + " class " + classId,
        null,
        clock.instant());
    List<GuardianLink> links = new ArrayList<>();
    for (ExpectedSubject s : rounds.expectedSubjects(round.get().id())) {
      if (s.classId() == null || s.classId() != classId) {
        continue;
      }
      for (GuardianView g : roster.guardiansOfStudent(s.subjectId())) {
        boolean dingtalk = g.dingtalkUserId() != null && !g.dingtalkUserId().isBlank();
        links.add(
            new GuardianLink(
                s.subjectId(),
                s.name(),
                s.answered(),
                g.id(),
                g.name(),
                g.relation(),
                g.phone(),
                dingtalk,
                fallback.link(round.get(), g.id())));
      }
    }
    return ResponseEntity.ok(links);
  }

  private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("detail", detail);
    return ResponseEntity.status(status).body(body);
  }
}
