package com.chenbao.schoolconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A node of a parsed school file together with its path, reporting problems instead of throwing, so
 * that one pass finds every problem. Scalars are read as text with {@code ${VAR}} substituted.
 */
final class ConfigEntry {

  private final JsonNode node;
  private final String path;
  private final Problems problems;
  private final EnvSubstitution env;

  ConfigEntry(JsonNode node, String path, Problems problems, EnvSubstitution env) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.env = env;
  }

  String path() {
    return path;
  }

  boolean isAbsent() {
    return node.isMissingNode() || node.isNull();
  }

  void error(SchoolFileMistake mistake, Object... namesAndValues) {
    problems.add(path, mistake, namesAndValues);
  }

  ConfigEntry field(String key) {
    JsonNode child = node.isObject() ? node.path(key) : MissingNode.getInstance();
    return new ConfigEntry(child, path.isEmpty() ? key : path + "." + key, problems, env);
  }

  /** Reports a non-map and every key not in {@code allowed}; returns whether this is a map. */
  boolean expectMap(String... allowed) {
    if (isAbsent()) {
      return false;
    }
    if (!node.isObject()) {
      error(SchoolFileMistake.EXPECTED_MAP_WITH_KEYS, "allowed", String.join(", ", allowed));
      return false;
    }
    Set<String> known = Set.of(allowed);
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!known.contains(property.getKey())) {
        field(property.getKey())
            .error(
                SchoolFileMistake.UNKNOWN_KEY,
                "key",
                property.getKey(),
                "allowed",
                String.join(", ", allowed));
      }
    }
    return true;
  }

  /** The keys of a map entry in file order (empty, with a problem, if this is not a map). */
  List<String> keys() {
    if (isAbsent()) {
      return List.of();
    }
    if (!node.isObject()) {
      error(SchoolFileMistake.EXPECTED_MAP);
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /**
   * The items of a list, each labelled {@code path[label]}; {@code label} gets the item and its
   * index.
   */
  List<ConfigEntry> items(Function<ConfigEntry, @Nullable String> label) {
    if (isAbsent()) {
      return List.of();
    }
    if (!node.isArray()) {
      error(SchoolFileMistake.EXPECTED_LIST);
      return List.of();
    }
    List<ConfigEntry> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      ConfigEntry indexed = new ConfigEntry(node.get(i), path + "[" + i + "]", problems, env);
      String name = label.apply(indexed);
      items.add(
          name == null
              ? indexed
              : new ConfigEntry(node.get(i), path + "[" + name + "]", problems, env));
    }
    return items;
  }

  List<ConfigEntry> items() {
    return items(item -> null);
  }

  boolean isList() {
    return node.isArray();
  }

  /** The scalar as text with variables substituted; null if absent or wrong (with a problem). */
  @Nullable String text() {
    if (isAbsent()) {
      return null;
    }
    if (!node.isValueNode()) {
      error(SchoolFileMistake.EXPECTED_VALUE, "shape", node.isArray() ? "list" : "map");
      return null;
    }
    EnvSubstitution.Result result = env.apply(node.asText());
    if (result.missingVariable().isPresent()) {
      error(SchoolFileMistake.MISSING_VARIABLE, "variable", result.missingVariable().get());
      return null;
    }
    return result.value().strip();
  }

  /** The scalar as written, variables not substituted; null if absent or not a single value. */
  @Nullable String rawText() {
    return isAbsent() || !node.isValueNode() ? null : node.asText();
  }

  /** The text without reporting anything, for labels. */
  @Nullable String peekText() {
    return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
  }

  @Nullable String requiredText(int maxLength) {
    if (isAbsent()) {
      error(SchoolFileMistake.REQUIRED);
      return null;
    }
    return optionalText(maxLength);
  }

  @Nullable String optionalText(int maxLength) {
    String text = text();
    if (text == null) {
      return null;
    }
    if (text.isEmpty()) {
      error(SchoolFileMistake.EMPTY);
      return null;
    }
    if (text.length() > maxLength) {
      error(SchoolFileMistake.TOO_LONG, "max", maxLength);
      return null;
    }
    return text;
  }

  /**
   * The text if it matches; otherwise {@code mistake} (whose only value is the text) is reported.
   */
  @Nullable String matching(Pattern pattern, SchoolFileMistake mistake, boolean required) {
    String text = required ? requiredText(Integer.MAX_VALUE) : optionalText(Integer.MAX_VALUE);
    if (text != null && !pattern.matcher(text).matches()) {
      error(mistake, "value", text);
      return null;
    }
    return text;
  }

  /** true/false (also written as text, e.g. from a variable); {@code absent} if not given. */
  boolean bool(boolean absent) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    String text = text();
    if (text == null) {
      return absent;
    }
    if (Arrays.asList("true", "false").contains(text)) {
      return Boolean.parseBoolean(text);
    }
    error(SchoolFileMistake.NOT_BOOLEAN, "value", text);
    return absent;
  }
}
