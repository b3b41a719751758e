package com.chenbao.schoolconfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * At start-up (after Flyway, as an {@link ApplicationRunner}): validates every school file in
 * {@code chenbao.schools.dir} and, if enabled, the demo school; any invalid file stops the start
 * with all problems of all files; otherwise applies each file, one log line per school.
 */
@Component
class SchoolFilesLoader implements ApplicationRunner {

  static final String DEMO_FILE = "demo/zhengyuan.yml";
  private static final Logger log = LoggerFactory.getLogger(SchoolFilesLoader.class);

  private final SchoolFileParser parser;
  private final SchoolConfigApplier applier;
  private final SchoolFilesProperties files;
  private final DemoProperties demo;

  SchoolFilesLoader(
      SchoolFileParser parser,
      SchoolConfigApplier applier,
      SchoolFilesProperties files,
      DemoProperties demo) {
    this.parser = parser;
    this.applier = applier;
    this.files = files;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<SchoolFile> schools = validateAll();
    for (SchoolFile school : schools) {
      ApplySummary s = applier.apply(school);
      log.info(
          "School {} applied from {}: {} grades, {} classes, {} working groups, {} named members, {} schedule steps",
          s.code(),
          school.source(),
          s.grades(),
          s.classes(),
          s.groups(),
          s.namedMembers(),
          s.scheduleSteps());
    }
  }

  /** Every file parsed, or an exception listing the problems of every invalid file. */
  List<SchoolFile> validateAll() {
    List<ConfigError> errors = new ArrayList<>();
    Map<String, SchoolFile> byCode = new HashMap<>();
    List<SchoolFile> valid = new ArrayList<>();
    for (Path path : schoolFiles(errors)) {
      String text = read(path, errors);
      SchoolFile file = text == null ? null : parse(path.toString(), text, errors);
      if (file == null) {
        continue;
      }
      SchoolFile earlier = byCode.putIfAbsent(file.code(), file);
      if (earlier != null) {
        errors.add(
            SchoolFileMistake.DEFINED_TWICE.at(
                file.source(), "code", "code", file.code(), "other", earlier.source()));
      } else {
        valid.add(file);
      }
    }
    if (demo.enabled()) {
      SchoolFile demoSchool = parse("classpath:" + DEMO_FILE, readDemo(), errors);
      if (demoSchool != null && !byCode.containsKey(demoSchool.code())) {
        valid.add(0, demoSchool);
      }
    }
    checkSharedApps(valid, errors);
    if (!errors.isEmpty()) {
      throw new InvalidSchoolConfigException(errors);
    }
    return valid;
  }

  /**
   * Schools of one org may share one app; then they must name it the same way, or which secret (or
   * robot) is used would depend on which school a message is for.
   */
  private static void checkSharedApps(List<SchoolFile> files, List<ConfigError> errors) {
    Map<String, SchoolFile> byAppKey = new HashMap<>();
    for (SchoolFile file : files) {
      SchoolFile.DingTalkAppDefinition app = file.dingtalk();
      if (app == null) {
        continue;
      }
      SchoolFile earlier = byAppKey.putIfAbsent(app.appKey(), file);
      SchoolFile.DingTalkAppDefinition first = earlier == null ? null : earlier.dingtalk();
      if (first != null
          && (!first.appSecretVariable().equals(app.appSecretVariable())
              || !java.util.Objects.equals(first.robotCode(), app.robotCode()))) {
        errors.add(
            SchoolFileMistake.DINGTALK_APP_CONFLICT.at(
                file.source(),
                "dingtalk.appKey",
                "appKey",
                app.appKey(),
                "other",
                earlier.source()));
      }
    }
  }

  private @Nullable SchoolFile parse(String source, String text, List<ConfigError> errors) {
    try {
      return parser.parse(source, text);
    } catch (InvalidSchoolConfigException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private List<Path> schoolFiles(List<ConfigError> errors) {
    Path dir = files.dir();
    if (!Files.isDirectory(dir)) {
      log.info(
          "No school config folder at {}; only built-in schools are loaded", dir.toAbsolutePath());
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      errors.add(SchoolFileMistake.CANNOT_LIST.at(dir.toString(), "", "detail", e.getMessage()));
      return List.of();
    }
  }

  /**
   * The file's text, or null with a problem, so one unreadable file does not hide the others'
   * problems.
   */
  private static @Nullable String read(Path path, List<ConfigError> errors) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      errors.add(SchoolFileMistake.CANNOT_READ.at(path.toString(), "", "detail", e.getMessage()));
      return null;
    }
  }

  private static String readDemo() {
    try (InputStream in = new ClassPathResource(DEMO_FILE).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("The built-in demo school " + DEMO_FILE + " is missing", e);
    }
  }
}
