package com.chenbao.schoolday;

import com.chenbao.roster.UnknownSchool;
import com.chenbao.rounds.UnknownForm;
import com.chenbao.shared.MessageTexts;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Problem-details answers of {@link RoundStepsController}, in Chinese for the school office. */
@RestControllerAdvice(assignableTypes = RoundStepsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoundStepsExceptionHandler {

  private final MessageTexts texts;

  RoundStepsExceptionHandler(MessageTexts texts) {
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
  ProblemDetail badStep(UnknownStep e) {
    return problem(
        HttpStatus.BAD_REQUEST, texts.render("rounds.error.bad-step", Map.of("step", e.code())));
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
