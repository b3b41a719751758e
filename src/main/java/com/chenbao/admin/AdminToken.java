package com.chenbao.admin;

import com.chenbao.shared.DataDirProperties;
import com.chenbao.shared.SecretFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bearer token every {@code /api/**} call must carry. Configured ({@code chenbao.admin.token}
 * or CHENBAO_ADMIN_TOKEN), or else generated once, printed once and kept in {@code
 * <data-dir>/admin-token} so it stays the same across restarts (owner-only, mode 600).
 */
@Component
class AdminToken {

  private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

  private final byte[] token;

  AdminToken(AdminProperties properties, DataDirProperties dataDir) {
    String configured = properties.token();
    String value =
        configured != null && !configured.isBlank()
            ? configured.trim()
            : loadOrGenerate(dataDir.dataDir().resolve("admin-token"));
    this.token = value.getBytes(StandardCharsets.UTF_8);
  }

  private static String loadOrGenerate(Path file) {
    return SecretFile.read(file)
        .map(
            stored -> {
              log.info("Admin API token read from {}", file.toAbsolutePath());
              return stored;
            })
        .orElseGet(
            () -> {
              String generated = SecretFile.generate();
              SecretFile.write(file, generated);
              // Printed once, on the start that created it, so the operator can copy it.
              log.warn(
                  "Generated admin API token (kept in {}): {}", file.toAbsolutePath(), generated);
              return generated;
            });
  }

  /** Constant-time check of a presented token. */
  boolean matches(String presented) {
    return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
  }
}
