package com.chenbao.roster;

import com.chenbao.shared.MessageTexts;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/schools/{school}/roster/dingtalk-sync}: sync the school's userIds from the
 * home-school contacts now (200 with the report; 502 with the report when it stopped and changed
 * nothing; {@code ?maxCalls=} lowers the budget for this run). {@code GET} the same path: the last
 * report (404 before the first sync).
 */
@RestController
@RequestMapping("/api/schools/{schoolCode}/roster/dingtalk-sync")
class ContactsSyncController {

  private final ContactsSyncService sync;
  private final MessageTexts texts;

  ContactsSyncController(ContactsSyncService sync, MessageTexts texts) {
    this.sync = sync;
    this.texts = texts;
  }

  /**
   * {@code maxCalls} may lower the configured budget for this run (e.g. to see what a sync would
   * cost).
   */
  @PostMapping
  ResponseEntity<ContactsSyncReport> syncNow(
      @PathVariable String schoolCode,
      @RequestParam(name = "maxCalls", required = false) @Nullable @Positive Integer maxCalls) {
    ContactsSyncReport report = sync.sync(schoolCode, ContactsSyncService.MANUAL, maxCalls);
    boolean completed = ContactsSyncReport.COMPLETED.equals(report.outcome());
    return ResponseEntity.status(completed ? HttpStatus.OK : HttpStatus.BAD_GATEWAY).body(report);
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> lastReport(@PathVariable String schoolCode) {
    return sync.lastReport(schoolCode, RosterController.API_ACTOR)
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unknownSchool(UnknownSchool unknown) {
    String message = texts.render("common.school-unknown", Map.of("school", unknown.schoolCode()));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
    problem.setTitle(message);
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }
}
