package com.chenbao.schoolconfig;

import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.shared.MessageTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admin API for school files: PUT replaces a school's configuration with the YAML body (read as
 * UTF-8 whatever charset the client claims, as YAML files are); GET lists its working groups
 * without secrets.
 */
@RestController
@RequestMapping(path = "/api/schools/{schoolCode}", produces = MediaType.APPLICATION_JSON_VALUE)
class SchoolConfigController {

  private static final String SOURCE = "request body";

  private final SchoolFileParser parser;
  private final SchoolConfigApplier applier;
  private final SchoolDirectory directory;
  private final WorkingGroups workingGroups;
  private final SchoolFilesProperties limits;
  private final MessageTexts texts;

  SchoolConfigController(
      SchoolFileParser parser,
      SchoolConfigApplier applier,
      SchoolDirectory directory,
      WorkingGroups workingGroups,
      SchoolFilesProperties limits,
      MessageTexts texts) {
    this.parser = parser;
    this.applier = applier;
    this.directory = directory;
    this.workingGroups = workingGroups;
    this.limits = limits;
    this.texts = texts;
  }

  @PutMapping(
      consumes = {
        "application/yaml",
        "application/x-yaml",
        "text/yaml",
        "text/x-yaml",
        "text/plain"
      })
  ApplySummary put(@PathVariable String schoolCode, HttpServletRequest request) throws IOException {
    byte[] body = readAtMost(request, limits.maxFileSize().toBytes());
    if (body == null) {
      String message =
          texts.render(
              "school-config.upload.too-large", Map.of("max", limits.maxFileSize().toKilobytes()));
      throw new ErrorResponseException(
          HttpStatus.PAYLOAD_TOO_LARGE,
          withTitle(
              ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message), message),
          null);
    }
    SchoolFile file = parser.parse(SOURCE, new String(body, StandardCharsets.UTF_8));
    if (!file.code().equals(schoolCode)) {
      throw new InvalidSchoolConfigException(
          List.of(
              SchoolFileMistake.WRONG_SCHOOL.at(
                  SOURCE, "code", "code", file.code(), "target", schoolCode)));
    }
    return applier.apply(file);
  }

  /** The body, or null if it is longer than {@code max} bytes (not read further). */
  private static byte @Nullable [] readAtMost(HttpServletRequest request, long max)
      throws IOException {
    if (request.getContentLengthLong() > max) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, max) + 1);
      return body.length > max ? null : body;
    }
  }

  private static ProblemDetail withTitle(ProblemDetail problem, String title) {
    problem.setTitle(title);
    return problem;
  }

  @GetMapping("/groups")
  List<GroupJson> groups(@PathVariable String schoolCode) {
    School school =
        directory
            .findSchool(schoolCode)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No school with code " + schoolCode));
    return workingGroups.groupsOf(school.id()).stream().map(GroupJson::of).toList();
  }

  @ExceptionHandler(InvalidSchoolConfigException.class)
  ProblemDetail invalid(InvalidSchoolConfigException e) {
    // The school office reads this answer: Chinese texts (the English stays in the exception, for
    // logs).
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            texts.render("school-config.invalid.detail", Map.of("count", e.errors().size())));
    problem.setTitle(texts.render("school-config.invalid.title"));
    problem.setProperty(
        "errors",
        e.errors().stream()
            .map(
                error ->
                    Map.of(
                        "entry",
                        error.entry(),
                        "message",
                        texts.render(error.mistake().textKey(), error.values())))
            .toList());
    return problem;
  }
}
