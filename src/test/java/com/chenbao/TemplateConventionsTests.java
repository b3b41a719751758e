package com.chenbao;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conventions that keep every reader-facing text in bot-templates/ (petclinic's i18n test idea):
 * they scan all of src/main/java, so code added later by any module is held to them too.
 */
class TemplateConventionsTests {

  private static final Path MAIN_JAVA = Path.of("src/main/java");
  private static final Pattern RENDER_CALL = Pattern.compile("\\brender\\(\\s*\"([^\"]+)\"");
  private static final List<String> DOCUMENTED_PREFIXES = List.of("form.", "health-declaration.");

  private final TemplateProperties builtIn = new TemplateProperties(null);
  private final MessageTexts texts = new MessageTexts(builtIn);

  @Test
  void noChineseInJavaSources() {
    List<String> offenders = new ArrayList<>();
    forEachJavaLine(
        (file, number, line) -> {
          if (line.codePoints().anyMatch(TemplateConventionsTests::isCjk)) {
            offenders.add(file + ":" + number + ": " + line.strip());
          }
        });
    assertThat(offenders).as("Chinese belongs in bot-templates/, not in src/main/java").isEmpty();
  }

  @Test
  void everyTextKeyRenderedInCodeExists() {
    List<String> missing = new ArrayList<>();
    forEachJavaLine(
        (file, number, line) -> {
          Matcher m = RENDER_CALL.matcher(line);
          while (m.find()) {
            String key = m.group(1);
            // render("roster.error." + code): a key built from a prefix must at least have texts
            // under it.
            boolean known =
                key.endsWith(".")
                    ? texts.keys().stream().anyMatch(k -> k.startsWith(key))
                    : texts.has(key);
            if (!known) {
              missing.add(file + ":" + number + ": " + key);
            }
          }
        });
    assertThat(missing)
        .as("render(\"key\") calls whose key is in no bot-templates/texts file")
        .isEmpty();
  }

  @Test
  void everyTextKeyAFormReferencesExists() {
    List<Form> forms = new FormCatalog(builtIn, texts).all();

    assertThat(forms).isNotEmpty();
    forms.forEach(
        form ->
            assertThat(form.textKeys())
                .allSatisfy(
                    key ->
                        assertThat(texts.has(key))
                            .as("form %s refers to text %s", form.code(), key)
                            .isTrue()));
  }

  @Test
  void everyFormTextAndItsPlaceholdersAreDocumented() {
    Map<String, Set<String>> documented = TemplateDocs.documentedKeys();
    Set<String> glossary = TemplateDocs.placeholderExamples().keySet();

    for (String key : texts.keys()) {
      if (DOCUMENTED_PREFIXES.stream().anyMatch(key::startsWith)) {
        assertThat(documented).as("%s lists text %s", TemplateDocs.FILE, key).containsKey(key);
        assertThat(documented.get(key))
            .as("documented placeholders of %s", key)
            .containsExactlyInAnyOrderElementsOf(texts.placeholders(key));
        assertThat(glossary)
            .as("placeholders of %s in the glossary of %s", key, TemplateDocs.FILE)
            .containsAll(texts.placeholders(key));
      }
    }
    assertThat(new TreeSet<>(documented.keySet()))
        .as("documented keys that no longer exist")
        .allSatisfy(key -> assertThat(texts.has(key)).as(key).isTrue());
  }

  /** Han ideographs and CJK punctuation (full-width comma, book-title marks ...). */
  private static boolean isCjk(int codePoint) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  private interface LineVisitor {
    void visit(Path file, int number, String line);
  }

  private static void forEachJavaLine(LineVisitor visitor) {
    try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          visitor.visit(file, i + 1, lines.get(i));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
