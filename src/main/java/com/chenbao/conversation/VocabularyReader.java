package com.chenbao.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and checks the parser vocabulary: unknown keys, missing or empty lists, and a word that
 * would mean two things are all collected and reported together, so an operator fixes the file in
 * one go.
 */
final class VocabularyReader {

  private static final Set<String> TOP_KEYS =
      Set.of(
          "numbers",
          "all-normal",
          "everyone",
          "negations",
          "contrasts",
          "fields",
          "corrections",
          "children",
          "travel-none",
          "fillers",
          "unlisted-symptoms",
          "commands",
          "leave",
          "list-ends",
          "gap-words",
          "no-symptoms",
          "guardian-leave",
          "recovered");
  private static final Set<String> FIELD_IDS = Set.of("temperature", "symptoms", "health_code");

  private final String file;
  private final List<String> problems = new ArrayList<>();

  /** Word to the heading it was first listed under, to catch a word with two meanings. */
  private final Map<String, String> meaningOf = new LinkedHashMap<>();

  private VocabularyReader(String file) {
    this.file = file;
  }

  /**
   * @throws IllegalStateException listing every problem, if there is any
   */
  static Vocabulary read(String file, JsonNode root) {
    VocabularyReader reader = new VocabularyReader(file);
    Vocabulary vocabulary = reader.read(root);
    if (!reader.problems.isEmpty()) {
      throw new IllegalStateException(
          "Invalid parser vocabulary:\n" + String.join("\n", reader.problems));
    }
    return vocabulary;
  }

  private Vocabulary read(JsonNode root) {
    keys(root, "", TOP_KEYS);
    JsonNode numbers = root.path("numbers");
    keys(
        numbers,
        "numbers",
        Set.of("digits", "ten", "decimal-marks", "temperature-units", "other-units", "half"));
    return new Vocabulary(
        digits(numbers.path("digits")),
        list(numbers, "numbers", "ten"),
        list(numbers, "numbers", "decimal-marks"),
        list(numbers, "numbers", "temperature-units"),
        list(numbers, "numbers", "other-units"),
        list(numbers, "numbers", "half"),
        words(root, "all-normal"),
        words(root, "everyone"),
        words(root, "negations"),
        words(root, "contrasts"),
        words(root, "list-ends"),
        list(root, "", "gap-words"),
        words(root, "no-symptoms"),
        words(root, "guardian-leave"),
        words(root, "recovered"),
        fields(root.path("fields")),
        words(root, "corrections"),
        children(root.path("children")),
        words(root, "travel-none"),
        words(root, "fillers"),
        words(root, "unlisted-symptoms"),
        commands(root.path("commands")),
        leave(root.path("leave")));
  }

  /** A list of words that are tokens of a reply: each may carry only one meaning. */
  private List<String> words(JsonNode parent, String key) {
    List<String> words = list(parent, "", key);
    words.forEach(word -> claim(word, key));
    return words;
  }

  private void claim(String word, String heading) {
    String earlier = meaningOf.putIfAbsent(word, heading);
    if (earlier != null) {
      problem(heading, "'" + word + "' is also listed under " + earlier);
    }
  }

  private List<String> list(JsonNode parent, String path, String key) {
    String where = path.isEmpty() ? key : path + "." + key;
    JsonNode node = parent.path(key);
    List<String> words = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      problem(where, "a non-empty list of words is required");
      return words;
    }
    for (JsonNode word : node) {
      String text = word.isValueNode() ? word.asText().strip().toLowerCase(Locale.ROOT) : "";
      if (text.isEmpty()) {
        problem(where, "every entry must be a non-empty word");
      } else {
        words.add(text);
      }
    }
    return List.copyOf(words);
  }

  private Map<String, Integer> digits(JsonNode node) {
    Map<String, Integer> digits = new LinkedHashMap<>();
    if (!node.isObject() || node.isEmpty()) {
      problem("numbers.digits", "a map of Chinese digit to value is required");
    }
    node.properties()
        .forEach(
            e -> {
              if (e.getKey().codePointCount(0, e.getKey().length()) != 1
                  || !e.getValue().isInt()
                  || e.getValue().asInt() < 0
                  || e.getValue().asInt() > 9) {
                problem(
                    "numbers.digits." + e.getKey(), "a single character mapped to 0-9 is required");
              } else {
                digits.put(e.getKey(), e.getValue().asInt());
              }
            });
    return Map.copyOf(digits);
  }

  private Map<String, List<String>> fields(JsonNode node) {
    keys(node, "fields", FIELD_IDS);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String id : new TreeSet<>(FIELD_IDS)) {
      List<String> words = list(node, "fields", id);
      words.forEach(word -> claim(word, "fields." + id));
      fields.put(id, words);
    }
    return Map.copyOf(fields);
  }

  private Map<String, ChildRef> children(JsonNode node) {
    Map<String, ChildRef> children = new LinkedHashMap<>();
    if (!node.isArray() || node.isEmpty()) {
      problem("children", "a non-empty list of {position, words} is required");
      return children;
    }
    for (int i = 0; i < node.size(); i++) {
      String where = "children[" + i + "]";
      JsonNode entry = node.get(i);
      keys(entry, where, Set.of("position", "words"));
      ChildRef ref = childRef(entry.path("position"), where);
      for (String word : list(entry, where, "words")) {
        claim(word, where);
        if (ref != null) {
          children.put(word, ref);
        }
      }
    }
    return Map.copyOf(children);
  }

  private ChildRef childRef(JsonNode position, String where) {
    if (position.isInt() && position.asInt() >= 1) {
      return new ChildRef.Position(position.asInt());
    }
    if ("youngest".equals(position.asText())) {
      return new ChildRef.Youngest();
    }
    problem(where + ".position", "a number from 1, or youngest, is required");
    return null;
  }

  private Map<CommandKind, List<String>> commands(JsonNode node) {
    Map<CommandKind, List<String>> commands = new EnumMap<>(CommandKind.class);
    Set<String> expected = new TreeSet<>();
    for (CommandKind kind : CommandKind.values()) {
      if (kind != CommandKind.REPORT_DETAILS) {
        expected.add(kind.name().toLowerCase(Locale.ROOT));
      }
    }
    keys(node, "commands", expected);
    Map<String, String> commandOf = new LinkedHashMap<>();
    for (String key : expected) {
      List<String> words = list(node, "commands", key);
      for (String word : words) {
        String earlier = commandOf.putIfAbsent(word, key);
        if (earlier != null) {
          problem("commands." + key, "'" + word + "' is also listed under commands." + earlier);
        }
      }
      commands.put(CommandKind.valueOf(key.toUpperCase(Locale.ROOT)), words);
    }
    return commands;
  }

  private Vocabulary.LeaveWords leave(JsonNode node) {
    keys(node, "leave", Set.of("day-units", "month-marks", "day-marks", "range-marks"));
    return new Vocabulary.LeaveWords(
        list(node, "leave", "day-units"),
        list(node, "leave", "month-marks"),
        list(node, "leave", "day-marks"),
        list(node, "leave", "range-marks"));
  }

  private void keys(JsonNode node, String where, Set<String> allowed) {
    if (!node.isObject()) {
      problem(where, "a map is required");
      return;
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!allowed.contains(key)) {
                problem(
                    where.isEmpty() ? key : where + "." + key,
                    "unknown key (allowed: " + new TreeSet<>(allowed) + ")");
              }
            });
  }

  private void problem(String where, String problem) {
    problems.add(file + ": " + where + ": " + problem);
  }
}
