package com.chenbao.conversation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Finds the vocabulary: {@code conversation/vocabulary.yml} under {@code chenbao.templates.dir} if
 * there is one (it replaces the built-in file as a whole), else the built-in {@code
 * templates/bot/conversation/vocabulary.yml}.
 */
final class VocabularyLoader {

  static final String RELATIVE_PATH = "conversation/vocabulary.yml";

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private VocabularyLoader() {}

  static Vocabulary load(@Nullable Path templatesDir) {
    Path override = templatesDir == null ? null : templatesDir.resolve(RELATIVE_PATH);
    try {
      if (override != null && Files.isRegularFile(override)) {
        try (InputStream in = Files.newInputStream(override)) {
          return VocabularyReader.read(override.toString(), YAML.readTree(in));
        }
      }
      try (InputStream in =
          new ClassPathResource("templates/bot/" + RELATIVE_PATH).getInputStream()) {
        return VocabularyReader.read(RELATIVE_PATH, YAML.readTree(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the parser vocabulary " + RELATIVE_PATH, e);
    }
  }
}
