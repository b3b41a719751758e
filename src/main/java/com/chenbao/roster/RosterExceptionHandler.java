package com.chenbao.roster;

import com.chenbao.shared.MessageTexts;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Problem-details answers of {@link RosterController}, in Chinese for the school office: every bad
 * row of a refused file is listed in {@code errors}.
 */
@RestControllerAdvice(assignableTypes = RosterController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RosterExceptionHandler {

  private final MessageTexts texts;
  private final RosterUploadProperties limits;

  RosterExceptionHandler(MessageTexts texts, RosterUploadProperties limits) {
    this.texts = texts;
    this.limits = limits;
  }

  /**
   * Larger than our cap, or than the servlet's multipart cap (which Spring reports before the
   * controller).
   */
  @ExceptionHandler({RosterTooLarge.class, MaxUploadSizeExceededException.class})
  ProblemDetail tooLarge(Exception e) {
    String message =
        texts.render("roster.error.too-large", Map.of("max", limits.maxFileSize().toMegabytes()));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
    problem.setTitle(texts.render("roster.rejected.file-title"));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail rejected(RosterRejected rejected) {
    String title =
        rejected.unreadable()
            ? texts.render("roster.rejected.file-title")
            : texts.render("roster.rejected.title", Map.of("count", rejected.errors().size()));
    String detail =
        rejected.errors().stream().map(RosterRowError::message).collect(Collectors.joining("\n"));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle(title);
    problem.setProperty("errors", rejected.errors());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail unknownSchool(UnknownSchool unknown) {
    String message = texts.render("common.school-unknown", Map.of("school", unknown.schoolCode()));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
    problem.setTitle(message);
    return problem;
  }

  /** No {@code file} part, or a request that is not multipart at all. */
  @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
  ProblemDetail noFile(Exception e) {
    String message = texts.render("roster.error.no-file");
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
    problem.setTitle(texts.render("roster.rejected.file-title"));
    return problem;
  }
}
