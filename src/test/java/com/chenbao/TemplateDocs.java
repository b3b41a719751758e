package com.chenbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two tables of docs/bot-templates.md the tests hold the texts to: the placeholder glossary
 * ({@code | `{name}` | meaning | example |}) and the text keys ({@code | `key` | `{a}` `{b}` | use
 * |}).
 */
public final class TemplateDocs {

  public static final Path FILE = Path.of("docs/bot-templates.md");

  private static final Pattern GLOSSARY_ROW =
      Pattern.compile("^\\| `\\{([A-Za-z][A-Za-z0-9_]*)}` \\|[^|]*\\| (.+?) \\|$");
  private static final Pattern KEY_ROW =
      Pattern.compile("^\\| `([a-z][a-z0-9.-]*)` \\| ([^|]*) \\|");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

  private TemplateDocs() {}

  /** Placeholder name to its example value. */
  public static Map<String, String> placeholderExamples() {
    Map<String, String> examples = new LinkedHashMap<>();
    for (String line : lines()) {
      Matcher m = GLOSSARY_ROW.matcher(line);
      if (m.matches()) {
        examples.put(m.group(1), m.group(2));
      }
    }
    return examples;
  }

  /** Text key to the placeholders the docs list for it. */
  public static Map<String, Set<String>> documentedKeys() {
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    for (String line : lines()) {
      Matcher m = KEY_ROW.matcher(line);
      if (m.find() && m.group(1).contains(".")) {
        Set<String> names = new LinkedHashSet<>();
        Matcher p = PLACEHOLDER.matcher(m.group(2));
        while (p.find()) {
          names.add(p.group(1));
        }
        keys.put(m.group(1), names);
      }
    }
    return keys;
  }

  private static List<String> lines() {
    try {
      return Files.readAllLines(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
