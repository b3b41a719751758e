package com.chenbao.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The database health answers DOWN at once when the database does not answer, and never piles up
 * checks.
 */
class DatabaseHealthIndicatorTests {

  @Test
  void aDatabaseThatDoesNotAnswerIsDownAfterTheShortTimeoutAndOnlyOneCheckWaitsOnIt()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger borrowed = new AtomicInteger();
    // As a pool waiting for a connection to a database that is cut: getConnection blocks.
    AbstractDataSource stuck =
        new AbstractDataSource() {
          @Override
          public Connection getConnection() throws SQLException {
            borrowed.incrementAndGet();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new SQLTransientConnectionException(
                "Connection is not available, request timed out");
          }

          @Override
          public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
          }
        };
    DatabaseHealthIndicator indicator = new DatabaseHealthIndicator(stuck);
    try {
      Health first = indicator.health();
      Health second = indicator.health();

      assertThat(first.getStatus()).isEqualTo(Status.DOWN);
      assertThat(first.getDetails().get("error").toString()).contains("within 1000 ms");
      assertThat(second.getStatus()).isEqualTo(Status.DOWN);
      assertThat(borrowed).as("the second call waits on the first, stuck check").hasValue(1);

      release.countDown();
      Health afterTheTimeout = indicator.health();
      assertThat(afterTheTimeout.getStatus()).isEqualTo(Status.DOWN);
      assertThat(afterTheTimeout.getDetails().get("error").toString())
          .contains("Connection is not available");
    } finally {
      release.countDown();
      indicator.destroy();
    }
  }
}
