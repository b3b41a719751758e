package com.chenbao.shared;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The database part of {@code /actuator/health}, answering within {@link #TIMEOUT} whatever the
 * database does. Spring Boot's own check borrows a pool connection, which waits up to the pool's
 * connection timeout (30 s) when the database is down or the pool is drained, and a probe or an
 * operator waiting that long learns nothing.
 *
 * <p>The check (a pool connection and {@code isValid}) runs on one background thread; the caller
 * waits at most {@link #TIMEOUT} for it and otherwise reports DOWN. While a check is still stuck,
 * later calls wait on that same check instead of starting another, so a dead database never piles
 * up threads or borrows more connections.
 */
class DatabaseHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  static final Duration TIMEOUT = Duration.ofSeconds(1);

  private final DataSource dataSource;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "db-health");
            thread.setDaemon(true);
            return thread;
          });
  private @Nullable Future<Boolean> inFlight;

  DatabaseHealthIndicator(DataSource dataSource) {
    super("Database health check failed");
    this.dataSource = dataSource;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    Future<Boolean> check = currentCheck();
    try {
      if (check.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        builder.up();
      } else {
        builder.down().withDetail("error", "connection is not valid");
      }
    } catch (TimeoutException e) {
      builder
          .down()
          .withDetail("error", "no answer from the database within " + TIMEOUT.toMillis() + " ms");
    } catch (ExecutionException e) {
      builder.down(e.getCause() instanceof Exception cause ? cause : e);
    }
  }

  private synchronized Future<Boolean> currentCheck() {
    if (inFlight == null || inFlight.isDone()) {
      inFlight = executor.submit(this::isValid);
    }
    return inFlight;
  }

  private boolean isValid() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid((int) TIMEOUT.toSeconds());
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
