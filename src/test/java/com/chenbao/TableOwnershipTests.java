package com.chenbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables (docs/modules.md, "Who owns which table"): a mapper names only its
 * own module's tables, and other modules go through that module's API. The scan reads every mapper
 * XML under src/main/resources/com/chenbao/&lt;module&gt;/ and every SQL-looking string literal in
 * src/main/java, so a mapper or query added later by any module is held to it too.
 */
class TableOwnershipTests {

  private static final Path MODULES_DOC = Path.of("docs/modules.md");
  private static final Path MIGRATIONS = Path.of("sql/migrations");
  private static final Path MAPPER_XML = Path.of("src/main/resources/com/chenbao");
  private static final Path MAIN_JAVA = Path.of("src/main/java/com/chenbao");

  /** Owners that are a library, not one of our modules: no mapper of ours may name their tables. */
  private static final Set<String> LIBRARY_OWNERS = Set.of("flyway", "quartz", "modulith");

  /**
   * Known reads of another module's table, per mapper (file name) and table. Each entry must still
   * be needed (the test fails on an entry nothing uses any more, so the list only shrinks).
   */
  private static final Map<String, Set<String>> ALLOWED = Map.of();

  @Test
  void everyTableOfTheMigrationsHasOneOwnerAndTheDocumentNamesNoOtherTable() {
    Map<String, String> owners = TableOwners.read(MODULES_DOC);
    Set<String> created = createdTables();
    assertThat(created).as("CREATE TABLE in sql/migrations").isNotEmpty();
    Set<String> withoutOwner = new TreeSet<>(created);
    withoutOwner.removeAll(owners.keySet());
    assertThat(withoutOwner).as("tables without an owner in docs/modules.md").isEmpty();
    Set<String> unknown = new TreeSet<>(owners.keySet());
    unknown.removeAll(created);
    unknown.remove("flyway_schema_history");
    assertThat(unknown).as("owned tables that no migration creates").isEmpty();
    Set<String> modules = modulePackages();
    owners.forEach(
        (table, owner) ->
            assertThat(modules.contains(owner) || LIBRARY_OWNERS.contains(owner))
                .as("owner %s of %s is a module package under com.chenbao", owner, table)
                .isTrue());
  }

  @Test
  void noMapperNamesAnotherModulesTable() {
    Map<String, String> owners = TableOwners.read(MODULES_DOC);
    Map<String, Set<String>> found = new TreeMap<>();
    for (Path xml : files(MAPPER_XML, ".xml")) {
      String module = MAPPER_XML.relativize(xml).getName(0).toString();
      String key = module + "/" + xml.getFileName();
      Set<String> foreign =
          SqlTables.foreignTables(SqlTables.ofMapperXml(read(xml)), module, owners);
      if (!foreign.isEmpty()) {
        found.put(key, foreign);
      }
    }
    assertWithinAllowList(found);
  }

  @Test
  void javaHoldsNoSqlNamingAnotherModulesTable() {
    Map<String, String> owners = TableOwners.read(MODULES_DOC);
    List<String> offenders = new ArrayList<>();
    for (Path java : files(MAIN_JAVA, ".java")) {
      String module =
          MAIN_JAVA.relativize(java).getNameCount() == 1
              ? ""
              : MAIN_JAVA.relativize(java).getName(0).toString();
      String source = read(java);
      if (SqlTables.SQL_IN_JAVA.matcher(source).find()) {
        offenders.add(java + ": SQL annotation or JDBC template (SQL lives in mapper XML)");
      }
      for (String sql : SqlTables.sqlLiterals(source)) {
        Set<String> foreign = SqlTables.foreignTables(SqlTables.tablesIn(sql), module, owners);
        if (!foreign.isEmpty()) {
          offenders.add(java + ": " + foreign);
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  private static void assertWithinAllowList(Map<String, Set<String>> found) {
    Map<String, Set<String>> unexpected = new TreeMap<>();
    found.forEach(
        (mapper, tables) -> {
          Set<String> rest = new TreeSet<>(tables);
          rest.removeAll(ALLOWED.getOrDefault(mapper, Set.of()));
          if (!rest.isEmpty()) {
            unexpected.put(mapper, rest);
          }
        });
    assertThat(unexpected)
        .as("mappers naming another module's tables (use that module's API)")
        .isEmpty();
    Map<String, Set<String>> stale = new TreeMap<>();
    ALLOWED.forEach(
        (mapper, tables) -> {
          Set<String> unused = new TreeSet<>(tables);
          unused.removeAll(found.getOrDefault(mapper, Set.of()));
          if (!unused.isEmpty()) {
            stale.put(mapper, unused);
          }
        });
    assertThat(stale).as("allow-list entries no longer needed: remove them").isEmpty();
  }

  // The scanner itself, on small inputs: it must see a foreign table wherever SQL can name one.

  private static final Map<String, String> OWNERS =
      Map.of(
          "rounds",
          "rounds",
          "answers",
          "rounds",
          "students",
          "roster",
          "anomalies",
          "alert",
          "deliveries",
          "delivery");

  @Test
  void scannerFindsAForeignTableInAJoinOfAMapper() {
    String xml =
        """
        <mapper namespace="com.chenbao.tally.TallyMapper">
          <select id="findExpected" resultType="x">
            SELECT a.id FROM rounds r
            LEFT JOIN answers a ON a.round_id = r.id AND a.late &lt; 1
          </select>
        </mapper>
        """;
    assertThat(SqlTables.foreignTables(SqlTables.ofMapperXml(xml), "tally", OWNERS))
        .containsExactly("answers", "rounds");
  }

  @Test
  void scannerFindsWritesSubqueriesCommaJoinsAndSqlFragments() {
    String xml =
        """
        <mapper namespace="com.chenbao.rounds.RoundMapper">
          <sql id="tables">rounds r, `students` s</sql>
          <delete id="d">DELETE an FROM anomalies an WHERE an.round_id = #{id}</delete>
          <update id="u">update deliveries SET status = 'sent'</update>
          <select id="s">SELECT (SELECT COUNT(*) FROM Answers x) FROM <include refid="tables"/></select>
        </mapper>
        """;
    assertThat(SqlTables.foreignTables(SqlTables.ofMapperXml(xml), "rounds", OWNERS))
        .containsExactly("anomalies", "deliveries", "students");
  }

  @Test
  void scannerIgnoresColumnsNamedLikeTablesAndComments() {
    String xml =
        """
        <mapper namespace="com.chenbao.retention.DailyCountsMapper">
          <!-- counts anomalies FROM anomalies, kept in daily_counts -->
          <insert id="i">INSERT INTO daily_counts (school_id, anomalies) VALUES (#{id}, #{anomalies})</insert>
        </mapper>
        """;
    assertThat(SqlTables.foreignTables(SqlTables.ofMapperXml(xml), "retention", OWNERS)).isEmpty();
  }

  @Test
  void scannerFindsSqlInJavaStringsAndAnnotations() {
    String java =
        """
        class X {
          @Select("SELECT name FROM students WHERE id = #{id}") String name(long id);
          void log() { log.info("moved from students to rounds"); }
          String q = \"""
              INSERT INTO answers (id) VALUES (?)
              \""";
        }
        """;
    assertThat(SqlTables.SQL_IN_JAVA.matcher(java).find()).isTrue();
    Set<String> foreign = new TreeSet<>();
    SqlTables.sqlLiterals(java)
        .forEach(
            sql ->
                foreign.addAll(SqlTables.foreignTables(SqlTables.tablesIn(sql), "tally", OWNERS)));
    assertThat(foreign).containsExactly("answers", "students");
  }

  @Test
  void ownersAreReadFromTheDocumentsTable() {
    String doc =
        """
        | table | owner | why |
        | --- | --- | --- |
        | `answers` | `rounds` | the answers |
        | `QRTZ_LOCKS` | `calendar` | Quartz |
        Some prose naming `students` | `roster` on one line is not a row.
        """;
    assertThat(TableOwners.parse(doc))
        .containsExactlyInAnyOrderEntriesOf(Map.of("answers", "rounds", "qrtz_locks", "calendar"));
  }

  /** Reads the table-owner rows of docs/modules.md: {@code | `table` | `module` | ... |}. */
  static final class TableOwners {

    private static final Pattern ROW =
        Pattern.compile("^\\|\\s*`([A-Za-z0-9_]+)`\\s*\\|\\s*`([a-z]+)`\\s*\\|", Pattern.MULTILINE);

    static Map<String, String> read(Path doc) {
      return parse(TableOwnershipTests.read(doc));
    }

    static Map<String, String> parse(String doc) {
      Map<String, String> owners = new TreeMap<>();
      Matcher m = ROW.matcher(doc);
      while (m.find()) {
        String previous = owners.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
        assertThat(previous).as("table %s owned twice", m.group(1)).isNull();
      }
      return owners;
    }
  }

  /**
   * Finds the tables an SQL text names: after FROM (with comma lists), JOIN, INTO, UPDATE, TABLE.
   */
  static final class SqlTables {

    static final Pattern SQL_IN_JAVA =
        Pattern.compile(
            "@(Select|Insert|Update|Delete)(Provider)?\\s*\\(|\\bJdbc(Template|Client)\\b|NamedParameterJdbcTemplate"
                + "|\\.(prepareStatement|createStatement)\\(");
    private static final Pattern TABLE_AFTER =
        Pattern.compile(
            "(?i)\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+((?:`?[A-Za-z0-9_]+`?(?:\\s+(?:AS\\s+)?[A-Za-z0-9_]+)?\\s*,\\s*)*"
                + "`?[A-Za-z0-9_]+`?)");
    private static final Pattern LITERAL =
        Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern SQL_START =
        Pattern.compile(
            "(?is)^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|MERGE|CREATE|ALTER|DROP|TRUNCATE)\\b.*");

    private static final Pattern FRAGMENT =
        Pattern.compile("(?s)<sql\\s+id=\"([^\"]+)\"[^>]*>(.*?)</sql>");
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+refid=\"([^\"]+)\"\\s*/>");

    /**
     * The SQL of a mapper file: comments dropped, {@code <include>}s replaced by their fragment,
     * tags dropped.
     */
    static String ofMapperXml(String xml) {
      String text = xml.replaceAll("(?s)<!--.*?-->", " ");
      Map<String, String> fragments = new TreeMap<>();
      Matcher f = FRAGMENT.matcher(text);
      while (f.find()) {
        fragments.put(f.group(1), f.group(2));
      }
      text =
          INCLUDE
              .matcher(text)
              .replaceAll(
                  m ->
                      Matcher.quoteReplacement(" " + fragments.getOrDefault(m.group(1), "") + " "));
      return text.replaceAll("(?s)<[^>]*>", " ")
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replace("&amp;", "&");
    }

    static Set<String> tablesIn(String sql) {
      Set<String> tables = new TreeSet<>();
      Matcher m = TABLE_AFTER.matcher(sql);
      while (m.find()) {
        for (String item : m.group(2).split(",")) {
          tables.add(item.trim().split("\\s+")[0].replace("`", "").toLowerCase(Locale.ROOT));
        }
      }
      return tables;
    }

    /**
     * The tables the SQL names that a module other than {@code module} owns (unknown names are not
     * tables).
     */
    static Set<String> foreignTables(String sql, String module, Map<String, String> owners) {
      return foreignTables(tablesIn(sql), module, owners);
    }

    static Set<String> foreignTables(
        Set<String> tables, String module, Map<String, String> owners) {
      Set<String> foreign = new TreeSet<>();
      for (String table : tables) {
        String owner = owners.get(table);
        if (owner != null && !owner.equals(module)) {
          foreign.add(table);
        }
      }
      return foreign;
    }

    /** String literals and text blocks of a Java source that read as SQL. */
    static List<String> sqlLiterals(String source) {
      List<String> sql = new ArrayList<>();
      Matcher m = LITERAL.matcher(source);
      while (m.find()) {
        String text = m.group(1) != null ? m.group(1) : m.group(2);
        if (SQL_START.matcher(text).matches()) {
          sql.add(text);
        }
      }
      return sql;
    }
  }

  /**
   * The tables the migrations leave: created, minus those a later migration drops (in Flyway's
   * version order).
   */
  private static Set<String> createdTables() {
    Pattern statement =
        Pattern.compile(
            "(?i)(CREATE|DROP)\\s+TABLE\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?`?([A-Za-z0-9_]+)`?");
    Set<String> tables = new TreeSet<>();
    List<Path> migrations =
        files(MIGRATIONS, ".sql").stream()
            .sorted(
                java.util.Comparator.comparing(
                    TableOwnershipTests::flywayVersion, TableOwnershipTests::compareVersions))
            .toList();
    for (Path sql : migrations) {
      Matcher m = statement.matcher(read(sql));
      while (m.find()) {
        String table = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(1).equalsIgnoreCase("CREATE")) {
          tables.add(table);
        } else {
          tables.remove(table);
        }
      }
    }
    return tables;
  }

  /** {@code V11_2__x.sql} is version [11, 2]. */
  private static List<Integer> flywayVersion(Path migration) {
    String name = migration.getFileName().toString();
    String version = name.substring(1, name.indexOf("__"));
    return java.util.Arrays.stream(version.split("[._]")).map(Integer::valueOf).toList();
  }

  private static int compareVersions(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      int x = i < a.size() ? a.get(i) : 0;
      int y = i < b.size() ? b.get(i) : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  private static Set<String> modulePackages() {
    try (Stream<Path> dirs = Files.list(MAIN_JAVA)) {
      return dirs.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path root, String suffix) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
