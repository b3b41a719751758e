package com.chenbao.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded database is safe by default: loopback only, passwords on, no wiping of a temp data
 * folder, and a survivor of a killed JVM does not block the next start. Its own server, on a data
 * folder under target/ (never the shared test database).
 */
class EmbeddedMariaDbSafetyTests {

  private static final Path DATA = Path.of("target/embedded-safety/db");

  @Test
  void listensOnLoopbackOnlyAndRefusesLoginsWithoutThePassword() throws Exception {
    EmbeddedMariaDb db = EmbeddedMariaDb.startOrGet(DATA, "chenbao", false);

    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@bind_address, @@skip_grant_tables")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
      assertThat(rs.getBoolean(2)).isFalse();
    }
    for (String user : List.of(EmbeddedMariaDb.USER, "root", "", "anyone")) {
      assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, "").close())
          .as("login as '%s' without a password", user)
          .isInstanceOf(SQLException.class);
    }
    assertThatThrownBy(
            () -> DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, "wrong").close())
        .isInstanceOf(SQLException.class);

    // Not reachable on any other address of this machine.
    for (InetAddress address : nonLoopbackAddresses()) {
      try (Socket socket = new Socket()) {
        assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, db.port()), 2000))
            .as("connect to %s:%d", address, db.port())
            .isInstanceOf(IOException.class);
      }
    }

    Path passwordFile = DATA.resolveSibling("db-password");
    assertThat(Files.readString(passwordFile, StandardCharsets.UTF_8).trim())
        .isEqualTo(db.password());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
        .isEqualTo("rw-------");
  }

  @Test
  void aServerLeftRunningByAKilledJvmIsStoppedAndTheNextStartSucceeds() throws Exception {
    EmbeddedMariaDb first = EmbeddedMariaDb.startOrGet(DATA, "chenbao", false);
    long stalePid = Long.parseLong(Files.readString(DATA.resolve(EmbeddedMariaDb.PID_FILE)).trim());
    ProcessHandle stale = ProcessHandle.of(stalePid).orElseThrow();
    assertThat(StaleServer.isServerOn(stalePid, DATA)).isTrue();
    assertThat(StaleServer.isServerOn(ProcessHandle.current().pid(), DATA))
        .as("the JVM is no mariadbd")
        .isFalse();
    try (Connection c =
            DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS survivor (id INT PRIMARY KEY)");
      s.execute("REPLACE INTO survivor VALUES (7)");
    }

    // As after kill -9 of the JVM: the server runs on, and nobody in this JVM knows about it.
    EmbeddedMariaDb.forgetForTest(DATA);
    EmbeddedMariaDb second = EmbeddedMariaDb.startOrGet(DATA, "chenbao", false);

    assertThat(stale.isAlive()).isFalse();
    long newPid = Long.parseLong(Files.readString(DATA.resolve(EmbeddedMariaDb.PID_FILE)).trim());
    assertThat(newPid).isNotEqualTo(stalePid);
    assertThat(second.password()).as("the password file is reused").isEqualTo(first.password());
    try (Connection c =
            DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM survivor")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(7);
    }
  }

  @Test
  void aDataFolderUnderTheTempDirectoryIsRefusedWithAClearMessage() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));

    assertThatThrownBy(
            () -> EmbeddedMariaDb.startOrGet(tmp.resolve("chenbao-data/db"), "chenbao", false))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("inside the system temp directory")
        .satisfies(
            e -> assertThat(((StartupRefusedException) e).action()).contains("CHENBAO_DATA_DIR"));
    assertThat(Files.exists(tmp.resolve("chenbao-data"))).as("nothing created").isFalse();
    assertThat(TemporaryDirectories.isUnder(Path.of("target/test-data/db"), tmp)).isFalse();
    assertThat(
            TemporaryDirectories.isUnder(
                Path.of("target/test-data/db"), Path.of("target").toAbsolutePath()))
        .isTrue();
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .toList();
  }
}
