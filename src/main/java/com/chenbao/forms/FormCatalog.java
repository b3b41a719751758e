package com.chenbao.forms;

import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every form, loaded and validated at start-up from {@code bot-templates/forms/*.yml} (classpath
 * {@code templates/bot/forms}). A file under {@code chenbao.templates.dir}/forms replaces the
 * built-in form with the same code, or adds a new one. Any problem in any file stops start-up with
 * a {@link FormDefinitionException} listing them all.
 */
@Component
public class FormCatalog {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          // Keep numbers as written (35.0 stays 35.0, not 35), so ranges read back the way the file
          // says.
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private final Map<String, Form> forms;
  private final List<Form> ordered;

  public FormCatalog(TemplateProperties properties, MessageTexts texts) {
    Problems problems = new Problems();
    FormReader reader = new FormReader(texts);
    Map<String, Form> loaded = new TreeMap<>();
    loaded.putAll(readAll(builtInFiles(), reader, problems));
    loaded.putAll(readAll(overrideFiles(properties.dir()), reader, problems));
    problems.throwIfAny();
    this.forms = Map.copyOf(loaded);
    this.ordered = List.copyOf(loaded.values());
  }

  /**
   * @throws UnknownFormException if no form has this code
   */
  public Form form(String code) {
    Form form = forms.get(code);
    if (form == null) {
      throw new UnknownFormException(code);
    }
    return form;
  }

  /** All forms, ordered by code. */
  public List<Form> all() {
    return ordered;
  }

  /** The forms asked every school day (frequency daily), ordered by code. */
  public List<Form> daily() {
    return ordered.stream().filter(form -> form.frequency() == Form.Frequency.DAILY).toList();
  }

  private static Map<String, Form> readAll(
      List<FormFile> files, FormReader reader, Problems problems) {
    Map<String, Form> forms = new TreeMap<>();
    Map<String, String> fileOf = new TreeMap<>();
    for (FormFile file : files) {
      JsonNode root = parse(file, problems);
      Form form = root == null ? null : reader.read(file.name(), root, problems);
      if (form == null) {
        continue;
      }
      String other = fileOf.putIfAbsent(form.code(), file.name());
      if (other != null) {
        problems.add(
            file.name(), "code", "form code '" + form.code() + "' is also used by " + other);
      } else {
        forms.put(form.code(), form);
      }
    }
    return forms;
  }

  private static @Nullable JsonNode parse(FormFile file, Problems problems) {
    try (InputStream in = file.open()) {
      return YAML.readTree(in);
    } catch (IOException e) {
      problems.add(
          file.name(),
          "",
          "not valid YAML: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      return null;
    }
  }

  private static List<FormFile> builtInFiles() {
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:templates/bot/forms/*.yml");
      return Stream.of(resources)
          .map(r -> new FormFile(String.valueOf(r.getFilename()), r::getInputStream))
          .sorted(Comparator.comparing(FormFile::name))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the forms in bot-templates/forms", e);
    }
  }

  private static List<FormFile> overrideFiles(@Nullable Path templatesDir) {
    Path dir = templatesDir == null ? null : templatesDir.resolve("forms");
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".yml"))
          .sorted()
          .map(f -> new FormFile(f.toString(), () -> Files.newInputStream(f)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the forms in " + dir, e);
    }
  }

  /** A form file by the name problems are reported under, and how to read it. */
  private record FormFile(String name, Opener opener) {
    InputStream open() throws IOException {
      return opener.open();
    }
  }

  private interface Opener {
    InputStream open() throws IOException;
  }
}
