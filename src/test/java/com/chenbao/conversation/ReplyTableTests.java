package com.chenbao.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.forms.Form;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world replies and their full interpretation, one per row of
 * src/test/resources/conversation/replies.tsv: the children's names the caller passes ({@code -}
 * for none: read as a staff member's, with the class teachers' commands), the reply as typed, and
 * the expected interpretation as {@link ReplyRendering} writes it.
 */
class ReplyTableTests {

  private static final Path TABLE = Path.of("src/test/resources/conversation/replies.tsv");
  private static final ReplyParser PARSER = Parsers.shipped();
  private static final Form FORM = Parsers.forms().form("morning-report");

  @ParameterizedTest(name = "{index}: {1} -> {2}")
  @MethodSource("rows")
  void readsTheReplyAsAPersonWould(List<String> names, String input, String expected) {
    // A guardian (children named) is read without the class teachers' commands, as the handler
    // does.
    ParsedReply reply = PARSER.parse(input, FORM, names, names.isEmpty());

    assertThat(ReplyRendering.render(reply, FORM)).as("reply %s", input).isEqualTo(expected);
  }

  @Test
  void theTableHasAtLeastAHundredDistinctReplies() {
    List<Arguments> rows = rows().toList();

    assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
    assertThat(rows.stream().map(r -> r.get()[0] + "\t" + r.get()[1]).distinct())
        .hasSameSizeAs(rows);
  }

  static Stream<Arguments> rows() {
    try {
      return Files.readAllLines(TABLE, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(
              line -> {
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                  throw new IllegalStateException("Expected 3 tab-separated cells: " + line);
                }
                List<String> names =
                    cells[0].equals("-") ? List.of() : Arrays.asList(cells[0].split(","));
                return Arguments.of(names, cells[1].replace("\\s", " "), cells[2]);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
