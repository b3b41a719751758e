package com.chenbao.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A generated secret kept in one file of the data folder (the admin token, the embedded database's
 * password): created on first start with owner-only permissions (600), read on every later start.
 */
public final class SecretFile {

  private SecretFile() {}

  /** The secret stored in {@code file}, if the file exists and is not blank. */
  public static Optional<String> read(Path file) {
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
      return stored.isEmpty() ? Optional.empty() : Optional.of(stored);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the secret file " + file, e);
    }
  }

  /** 48 hex digits from a {@link SecureRandom}: no quoting trouble in SQL, shells or URLs. */
  public static String generate() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /** Writes {@code secret} to {@code file}, readable and writable by the owner only. */
  public static void write(Path file, String secret) {
    try {
      Path absolute = file.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      Files.deleteIfExists(absolute);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        // Created with 600 from the start, so there is no moment when others could read it.
        Files.createFile(
            absolute,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(
          absolute,
          secret + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the secret file " + file, e);
    }
  }
}
