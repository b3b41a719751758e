package com.chenbao.rounds;

import com.chenbao.roster.UnknownSchool;
import com.chenbao.shared.MessageTexts;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Problem-details answers of {@link RoundsController}, in Chinese for the school office. */
@RestControllerAdvice(assignableTypes = RoundsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoundsExceptionHandler {

  private final MessageTexts texts;

  RoundsExceptionHandler(MessageTexts texts) {
    this.texts = texts;
  }

  @ExceptionHandler
  ProblemDetail unknownSchool(UnknownSchool e) {
    return problem(
        HttpStatus.NOT_FOUND,
        texts.render("common.school-unknown", Map.of("school", e.schoolCode())));
  }

  @ExceptionHandler
  ProblemDetail unknownForm(UnknownForm e) {
    return problem(
        HttpStatus.NOT_FOUND,
        texts.render("rounds.error.unknown-form", Map.of("form", e.formCode())));
  }

  @ExceptionHandler
  ProblemDetail unknownStudent(UnknownStudent e) {
    return problem(
        HttpStatus.NOT_FOUND,
        texts.render("rounds.error.unknown-student", Map.of("student_no", e.studentNo())));
  }

  @ExceptionHandler
  ProblemDetail noRound(NoRound e) {
    return problem(
        HttpStatus.NOT_FOUND,
        texts.render(
            "rounds.error.no-round",
            Map.of("school", e.school().name(), "date", e.date(), "form", e.form().name())));
  }

  @ExceptionHandler
  ProblemDetail invalidLeave(InvalidLeave e) {
    return problem(
        HttpStatus.BAD_REQUEST, texts.render("rounds.leave.error." + e.problem(), e.values()));
  }

  /**
   * Any other precondition a step refused, e.g. a round that cannot be run; the message is English.
   */
  @ExceptionHandler
  ProblemDetail refused(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
  }

  @ExceptionHandler
  ProblemDetail badDate(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        texts.render("rounds.error.bad-date", Map.of("date", String.valueOf(e.getValue()))));
  }

  private static ProblemDetail problem(HttpStatus status, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    problem.setTitle(message);
    return problem;
  }
}
