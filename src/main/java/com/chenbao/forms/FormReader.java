package com.chenbao.forms;

import com.chenbao.shared.MessageTexts;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns one parsed form file into a {@link Form}, reporting every problem with the file and entry.
 * Returns null when the file has any problem, so a half-valid form is never used.
 */
final class FormReader {

  /** The text that joins option labels in details; every form must name it. */
  static final String LIST_SEPARATOR_ROLE = "list-separator";

  private static final List<String> TOP_KEYS =
      List.of("code", "name", "frequency", "subjects", "questions", "rules", "texts");

  private final MessageTexts texts;

  FormReader(MessageTexts texts) {
    this.texts = texts;
  }

  @Nullable Form read(String file, JsonNode root, Problems problems) {
    int before = problems.count();
    YamlEntry entry = new YamlEntry(file, "", root, problems);
    if (!entry.isMap(TOP_KEYS)) {
      return null;
    }
    String code = entry.get("code").matching("[a-z][a-z0-9-]*", "form code (a-z, 0-9, -)");
    String name = entry.get("name").text();
    Form.Frequency frequency =
        entry.get("frequency").oneOf(Form.Frequency.class, Form.Frequency::code);
    List<Subject> subjects = readSubjects(entry.get("subjects"));
    Map<String, Question> questions = readQuestions(entry.get("questions"));
    Map<String, String> textKeys = readTexts(entry.get("texts"));
    String separator =
        textKeys.containsKey(LIST_SEPARATOR_ROLE)
            ? texts.render(textKeys.get(LIST_SEPARATOR_ROLE))
            : ",";
    List<AnomalyRule> rules =
        readRules(entry.get("rules"), new RuleReader(texts, questions, separator));
    if (problems.count() > before || code == null || name == null || frequency == null) {
      return null;
    }
    return new Form(
        code, name, frequency, subjects, List.copyOf(questions.values()), rules, textKeys);
  }

  private static List<Subject> readSubjects(YamlEntry list) {
    List<Subject> subjects = new ArrayList<>();
    List<YamlEntry> items = list.items(true);
    if (list.present() && items.isEmpty()) {
      list.problem("needs at least one subject");
    }
    for (YamlEntry item : items) {
      if (!item.isMap(List.of("kind", "answered-by"))) {
        continue;
      }
      Subject.Kind kind = item.get("kind").oneOf(Subject.Kind.class, FormReader::lower);
      Subject.AnsweredBy by =
          item.get("answered-by").oneOf(Subject.AnsweredBy.class, FormReader::lower);
      if (kind != null && subjects.stream().anyMatch(s -> s.kind() == kind)) {
        item.get("kind").problem("subject '" + lower(kind) + "' is listed twice");
      } else if (kind != null && by != null) {
        subjects.add(new Subject(kind, by));
      }
    }
    return subjects;
  }

  private static Map<String, Question> readQuestions(YamlEntry list) {
    Map<String, Question> questions = new LinkedHashMap<>();
    List<YamlEntry> items = list.items(true);
    if (list.present() && items.isEmpty()) {
      list.problem("needs at least one question");
    }
    for (YamlEntry item : items) {
      Question question = QuestionReader.read(item);
      if (question != null && questions.putIfAbsent(question.id(), question) != null) {
        item.get("id").problem("question id '" + question.id() + "' is used twice");
      }
    }
    return questions;
  }

  private static List<AnomalyRule> readRules(YamlEntry list, RuleReader reader) {
    List<AnomalyRule> rules = new ArrayList<>();
    for (YamlEntry item : list.items(false)) {
      AnomalyRule rule = reader.read(item);
      if (rule != null && rules.stream().anyMatch(r -> r.kind().equals(rule.kind()))) {
        item.get("kind").problem("anomaly kind '" + rule.kind() + "' is used twice");
      } else if (rule != null) {
        rules.add(rule);
      }
    }
    return rules;
  }

  private Map<String, String> readTexts(YamlEntry map) {
    Map<String, String> roles = new LinkedHashMap<>();
    if (!map.isMap()) {
      return roles;
    }
    for (String role : map.keys()) {
      YamlEntry entry = map.get(role);
      String key = entry.text();
      if (!role.matches("[a-z][a-z0-9-]*")) {
        entry.problem("'" + role + "' is not a valid text role (a-z, 0-9, -)");
      } else if (key != null && !texts.has(key)) {
        entry.problem("no text '" + key + "' in bot-templates/texts");
      } else if (key != null) {
        roles.put(role, key);
      }
    }
    if (!roles.containsKey(LIST_SEPARATOR_ROLE) && !map.keys().contains(LIST_SEPARATOR_ROLE)) {
      map.problem("needs the role '" + LIST_SEPARATOR_ROLE + "' (the text joining option labels)");
    }
    return roles;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
