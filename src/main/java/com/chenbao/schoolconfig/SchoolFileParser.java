package com.chenbao.schoolconfig;

import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.roster.GradeDefinition;
import com.chenbao.roster.StaffRef;
import com.chenbao.shared.MessageTexts;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses and validates one school file (format: docs/school-config.md). Collects every problem and
 * throws {@link InvalidSchoolConfigException} with all of them; never returns a half-valid file.
 */
@Component
class SchoolFileParser {

  static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,64}");
  static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * SnakeYAML's own limits, so no file can make the parser spin or balloon: a school file is a few
   * hundred lines, without anchors and with a nesting depth under ten. The request body's byte cap
   * ({@code chenbao.schools.max-file-size}) comes first; these also guard the files read from disk.
   */
  static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  private static final ObjectMapper YAML =
      new ObjectMapper(YAMLFactory.builder().loaderOptions(loaderOptions()).build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(40);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  private final Map<String, MemberRole> roleAliases;
  private final EnvSubstitution env;
  private final Set<String> dailyForms;

  @Autowired
  SchoolFileParser(MessageTexts texts, Environment environment, FormCatalog forms) {
    this(
        roleAliases(texts),
        environment::getProperty,
        forms.daily().stream()
            .map(Form::code)
            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
  }

  /**
   * @param dailyForms the codes of the forms asked every school day: each always has a schedule
   */
  SchoolFileParser(
      Map<String, MemberRole> roleAliases,
      Function<String, @Nullable String> env,
      Set<String> dailyForms) {
    this.roleAliases = roleAliases;
    this.env = new EnvSubstitution(env);
    this.dailyForms = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(dailyForms));
  }

  /**
   * Role names as schools write them (bot-templates/texts/school-config.yml) plus the English
   * codes.
   */
  static Map<String, MemberRole> roleAliases(MessageTexts texts) {
    Map<String, MemberRole> aliases = new LinkedHashMap<>();
    for (MemberRole role : MemberRole.values()) {
      for (String alias : texts.render("school-config.roles." + role.code()).split("\\|")) {
        aliases.put(alias.strip(), role);
      }
    }
    for (MemberRole role : MemberRole.values()) {
      aliases.put(role.code(), role);
    }
    return aliases;
  }

  SchoolFile parse(String source, String yaml) {
    Problems problems = new Problems(source);
    JsonNode tree = readTree(yaml, problems);
    problems.throwIfAny();
    ConfigEntry root = new ConfigEntry(tree, "", problems, env);
    if (root.isAbsent()) {
      root.error(SchoolFileMistake.FILE_EMPTY);
      problems.throwIfAny();
    }
    root.expectMap("code", "name", "timeZone", "dingtalk", "grades", "groups", "schedule");
    String code = root.field("code").matching(CODE, SchoolFileMistake.BAD_CODE, true);
    String name = root.field("name").requiredText(128);
    ZoneId zone = zone(root.field("timeZone"));
    PersonReader people = new PersonReader(roleAliases);
    List<GradeDefinition> grades = grades(root.field("grades"), people);
    var groups = new GroupSectionReader(people).read(root.field("groups"));
    var schedule = new ScheduleSectionReader(dailyForms).read(root.field("schedule"));
    var dingtalk = new DingTalkSectionReader().read(root.field("dingtalk"), code);
    problems.throwIfAny();
    return new SchoolFile(source, code, name, zone, grades, groups, schedule, dingtalk);
  }

  private static @Nullable JsonNode readTree(String yaml, Problems problems) {
    try {
      return YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      problems.add(
          at == null ? "" : "line " + at.getLineNr(),
          SchoolFileMistake.NOT_YAML,
          "detail",
          e.getOriginalMessage());
      return null;
    }
  }

  private static ZoneId zone(ConfigEntry entry) {
    String text = entry.optionalText(64);
    if (text == null) {
      return DEFAULT_ZONE;
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      entry.error(SchoolFileMistake.BAD_TIME_ZONE, "value", text);
      return DEFAULT_ZONE;
    }
  }

  private static List<GradeDefinition> grades(ConfigEntry section, PersonReader people) {
    List<GradeDefinition> grades = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ConfigEntry item : section.items(grade -> grade.field("name").peekText())) {
      if (!item.expectMap("name", "classes", "leader")) {
        item.error(SchoolFileMistake.GRADE_INCOMPLETE);
        continue;
      }
      String name = item.field("name").requiredText(32);
      if (name != null && !names.add(name)) {
        item.field("name").error(SchoolFileMistake.DUPLICATE_GRADE, "name", name);
      }
      List<String> classes = classes(item.field("classes"));
      ConfigEntry leaderEntry = item.field("leader");
      StaffRef leader = leaderEntry.isAbsent() ? null : people.person(leaderEntry);
      if (name != null) {
        grades.add(new GradeDefinition(name, classes, leader));
      }
    }
    return grades;
  }

  private static List<String> classes(ConfigEntry section) {
    if (section.isAbsent()) {
      section.error(SchoolFileMistake.CLASSES_REQUIRED);
      return List.of();
    }
    List<String> classes = new ArrayList<>();
    for (ConfigEntry item : section.items()) {
      String name = item.requiredText(32);
      if (name == null) {
        continue;
      }
      if (classes.contains(name)) {
        item.error(SchoolFileMistake.DUPLICATE_CLASS, "name", name);
      } else {
        classes.add(name);
      }
    }
    return classes;
  }
}
