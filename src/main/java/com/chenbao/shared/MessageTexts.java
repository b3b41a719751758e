package com.chenbao.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text a parent, teacher or school office reads, loaded from {@code
 * bot-templates/texts/*.yml} (nested YAML maps; the key of a text is its path joined with dots,
 * e.g. {@code roster.error.phone}). Placeholders are named: {@code {student}}. A key defined in two
 * files is a start-up error, as is a file that is not a map of texts. Files under {@code
 * chenbao.templates.dir}/texts override built-in keys.
 */
@Component
public class MessageTexts {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, String> texts;

  public MessageTexts(TemplateProperties properties) {
    Map<String, String> loaded = new TreeMap<>();
    Map<String, String> origin = new TreeMap<>();
    try {
      Resource[] builtIn =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:templates/bot/texts/*.yml");
      for (Resource resource : builtIn) {
        try (InputStream in = resource.getInputStream()) {
          flatten(resource.getFilename(), YAML.readTree(in), "", loaded, origin, false);
        }
      }
      if (properties.dir() != null) {
        Path dir = properties.dir().resolve("texts");
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
              flatten(file.toString(), YAML.readTree(file.toFile()), "", loaded, origin, true);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the message texts in bot-templates/texts", e);
    }
    this.texts = Collections.unmodifiableMap(loaded);
  }

  private static void flatten(
      String file,
      JsonNode node,
      String prefix,
      Map<String, String> into,
      Map<String, String> origin,
      boolean override) {
    if (node == null || !node.isObject()) {
      throw new IllegalStateException(
          file + ": expected a map of texts" + (prefix.isEmpty() ? "" : " under " + prefix));
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(file, value, key, into, origin, override);
      } else if (value.isTextual()) {
        if (!override && into.containsKey(key)) {
          throw new IllegalStateException(
              file + ": text " + key + " is already defined in " + origin.get(key));
        }
        into.put(key, value.asText());
        origin.put(key, file);
      } else {
        throw new IllegalStateException(
            file + ": " + key + " must be a text, not " + value.getNodeType());
      }
    }
  }

  /**
   * The text for {@code key} with every {@code {name}} placeholder replaced.
   *
   * @throws IllegalArgumentException if the key is unknown or a placeholder has no value
   */
  public String render(String key, Map<String, ?> values) {
    String template = texts.get(key);
    if (template == null) {
      throw new IllegalArgumentException("No text " + key + " in bot-templates/texts");
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "Text " + key + " needs a value for {" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  public String render(String key) {
    return render(key, Map.of());
  }

  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /** All keys, for the convention test that every key used in code exists. */
  public Set<String> keys() {
    return texts.keySet();
  }

  /** The placeholder names a text uses. */
  public Set<String> placeholders(String key) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(texts.getOrDefault(key, ""));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
