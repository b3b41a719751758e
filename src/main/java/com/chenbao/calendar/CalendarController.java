package com.chenbao.calendar;

import com.chenbao.roster.UnknownSchool;
import com.chenbao.shared.MessageTexts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin API: a school's calendar (each date's status and why) and its closures. */
@RestController
@RequestMapping(
    path = "/api/schools/{schoolCode}/calendar",
    produces = MediaType.APPLICATION_JSON_VALUE)
class CalendarController {

  private final CalendarService calendar;
  private final MessageTexts texts;

  CalendarController(CalendarService calendar, MessageTexts texts) {
    this.calendar = calendar;
    this.texts = texts;
  }

  @GetMapping
  List<DayStatus> days(
      @PathVariable String schoolCode,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return calendar.days(schoolCode, from, to);
  }

  @GetMapping("/closures")
  List<Closure> closures(@PathVariable String schoolCode) {
    return calendar.closures(schoolCode);
  }

  @PostMapping(path = "/closures", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Closure addClosure(@PathVariable String schoolCode, @RequestBody ClosureRequest request) {
    return calendar.addClosure(schoolCode, request.from(), request.to(), request.reason());
  }

  @DeleteMapping("/closures/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeClosure(@PathVariable String schoolCode, @PathVariable long id) {
    calendar.removeClosure(schoolCode, id);
  }

  record ClosureRequest(
      @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String reason) {}

  @ExceptionHandler
  ProblemDetail unknownSchool(UnknownSchool unknown) {
    String message = texts.render("common.school-unknown", Map.of("school", unknown.schoolCode()));
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
  }

  @ExceptionHandler
  ProblemDetail notFound(ClosureNotFound notFound) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
  }

  @ExceptionHandler
  ProblemDetail invalid(IllegalArgumentException invalid) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
  }
}
