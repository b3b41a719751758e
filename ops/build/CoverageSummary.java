import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the overall line coverage of JaCoCo's CSV report on one line, for the build output. Run by
 * `mvn verify` (maven-antrun-plugin) as a single-file program: java ops/build/CoverageSummary.java CSV.
 * Columns: GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,
 * LINE_MISSED,LINE_COVERED,...
 */
public class CoverageSummary {

  public static void main(String[] args) throws IOException {
    Path csv = Path.of(args[0]);
    if (!Files.exists(csv)) {
      System.out.println("Line coverage: no JaCoCo report at " + csv + " (tests skipped?)");
      return;
    }
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(","));
    int missedAt = header.indexOf("LINE_MISSED");
    int coveredAt = header.indexOf("LINE_COVERED");
    long missed = 0;
    long covered = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      missed += Long.parseLong(cells[missedAt]);
      covered += Long.parseLong(cells[coveredAt]);
    }
    long total = missed + covered;
    double percent = total == 0 ? 0 : 100.0 * covered / total;
    System.out.println(String.format(Locale.ROOT, "Line coverage: %.1f%% (%d of %d lines)", percent, covered, total));
  }
}
