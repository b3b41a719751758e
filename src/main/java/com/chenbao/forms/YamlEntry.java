package com.chenbao.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a form file with its path (e.g. {@code rules[2].condition}). Typed reads report what
 * is wrong to {@link Problems} under that path and return null (or empty) instead of throwing, so
 * one pass finds every problem.
 */
final class YamlEntry {

  private final String file;
  private final String path;
  private final @Nullable JsonNode node;
  private final Problems problems;

  YamlEntry(String file, String path, @Nullable JsonNode node, Problems problems) {
    this.file = file;
    this.path = path;
    this.node = node == null || node.isMissingNode() ? null : node;
    this.problems = problems;
  }

  YamlEntry get(String field) {
    JsonNode child = node != null && node.isObject() ? node.get(field) : null;
    return new YamlEntry(file, path.isEmpty() ? field : path + "." + field, child, problems);
  }

  boolean present() {
    return node != null && !node.isNull();
  }

  void problem(String message) {
    problems.add(file, path, message);
  }

  /**
   * A map holding only {@code allowed} keys; an unknown key is reported (typos must not pass
   * silently).
   */
  boolean isMap(Collection<String> allowed) {
    if (!isMap()) {
      return false;
    }
    allowOnly(allowed);
    return true;
  }

  boolean isMap() {
    if (!present() || !node.isObject()) {
      problem(present() ? "expected a map" : "is required");
      return false;
    }
    return true;
  }

  void allowOnly(Collection<String> allowed) {
    for (String name : keys()) {
      if (!allowed.contains(name)) {
        get(name).problem("unknown key (allowed here: " + String.join(", ", allowed) + ")");
      }
    }
  }

  @Nullable String text() {
    if (!present()) {
      problem("is required");
      return null;
    }
    return optionalText();
  }

  @Nullable String optionalText() {
    if (!present()) {
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      problem("expected a non-empty text");
      return null;
    }
    return node.asText().strip();
  }

  @Nullable String matching(String regex, String what) {
    String text = text();
    if (text != null && !text.matches(regex)) {
      problem("'" + text + "' is not a valid " + what);
      return null;
    }
    return text;
  }

  @Nullable BigDecimal number() {
    if (!present() || !node.isNumber()) {
      problem(present() ? "expected a number" : "is required");
      return null;
    }
    return node.decimalValue();
  }

  @Nullable Boolean bool() {
    if (!present() || !node.isBoolean()) {
      problem(present() ? "expected true or false" : "is required");
      return null;
    }
    return node.booleanValue();
  }

  /** One of the enum's values, written as {@code codeOf} gives it (e.g. {@code multi_choice}). */
  <E extends Enum<E>> @Nullable E oneOf(Class<E> type, Function<E, String> codeOf) {
    String text = text();
    if (text == null) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (codeOf.apply(value).equals(text)) {
        return value;
      }
    }
    problem(
        "unknown value '"
            + text
            + "' (one of: "
            + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", "))
            + ")");
    return null;
  }

  /** The items of a list; absent is an empty list unless {@code required}. */
  List<YamlEntry> items(boolean required) {
    if (!present()) {
      if (required) {
        problem("is required");
      }
      return List.of();
    }
    if (!node.isArray()) {
      problem("expected a list");
      return List.of();
    }
    List<YamlEntry> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      items.add(new YamlEntry(file, path + "[" + i + "]", node.get(i), problems));
    }
    return items;
  }

  /** A list of non-empty texts; bad items are reported and left out. */
  List<String> texts(boolean required) {
    List<String> texts = new ArrayList<>();
    for (YamlEntry item : items(required)) {
      String text = item.text();
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** The keys of a map, in file order. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    if (node != null && node.isObject()) {
      node.fieldNames().forEachRemaining(keys::add);
    }
    return keys;
  }
}
