package com.chenbao.rounds;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rounds for operators: see a round and its answers, record a leave. Guarded by the admin token.
 * Running a step by hand is the school day's ({@code com.chenbao.schoolday.RoundStepsController}).
 */
@RestController
@RequestMapping("/api/schools/{schoolCode}")
class RoundsController {

  /** The audit actor for calls with the admin token. */
  static final String API_ACTOR = "api-token";

  private final RoundOverviewService overviews;
  private final StudentLeaves leaves;
  private final RoundResolver resolver;

  RoundsController(RoundOverviewService overviews, StudentLeaves leaves, RoundResolver resolver) {
    this.overviews = overviews;
    this.leaves = leaves;
    this.resolver = resolver;
  }

  @GetMapping("/forms/{formCode}/rounds/{date}")
  RoundOverview round(
      @PathVariable String schoolCode,
      @PathVariable String formCode,
      @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
    return overviews.overview(schoolCode, formCode, date, API_ACTOR);
  }

  @GetMapping("/forms/{formCode}/rounds/{date}/answers")
  List<AnswerView> answers(
      @PathVariable String schoolCode,
      @PathVariable String formCode,
      @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
      @RequestParam(name = "class", required = false) @Nullable String className) {
    return overviews.answers(schoolCode, formCode, date, className, API_ACTOR);
  }

  @PostMapping("/students/{studentNo}/leaves")
  @ResponseStatus(HttpStatus.CREATED)
  StudentLeave recordLeave(
      @PathVariable String schoolCode,
      @PathVariable String studentNo,
      @RequestBody LeaveRequest request) {
    long schoolId = resolver.school(schoolCode).id();
    return leaves.recordLeave(
        schoolId, studentNo, request.from(), request.to(), request.reason(), API_ACTOR);
  }

  record LeaveRequest(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String reason) {}
}
