package com.chenbao.forms;

import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Test fixtures: catalogs from the shipped templates, optionally with form files in a templates
 * dir.
 */
final class Forms {

  private Forms() {}

  static FormCatalog shipped() {
    return catalog(null);
  }

  static FormCatalog catalog(@Nullable Path templatesDir) {
    TemplateProperties properties = new TemplateProperties(templatesDir);
    return new FormCatalog(properties, new MessageTexts(properties));
  }

  /** Writes {@code content} as {@code forms/<fileName>} under {@code dir}; returns {@code dir}. */
  static Path withFormFile(Path dir, String fileName, String content) {
    try {
      Files.createDirectories(dir.resolve("forms"));
      Files.writeString(dir.resolve("forms").resolve(fileName), content);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped morning-report file, as text to edit in a test. */
  static String shippedMorningReport() {
    try {
      return Files.readString(Path.of("bot-templates/forms/morning-report.yml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
