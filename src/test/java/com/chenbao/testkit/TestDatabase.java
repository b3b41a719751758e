package com.chenbao.testkit;

import com.chenbao.shared.EmbeddedMariaDb;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The database of slice tests ({@code @MybatisTest} with {@code @AutoConfigureTestDatabase(replace
 * = NONE)}): the same real MariaDB the application tests use, so the slices run the real mapper XML
 * and the Flyway migrations. With {@code spring.datasource.url} (DB_URL) set, that server; else the
 * embedded MariaDB of this test JVM under target/test-data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

  @Bean
  DataSource dataSource(Environment environment) {
    HikariDataSource ds = new HikariDataSource();
    String url = environment.getProperty("spring.datasource.url");
    if (url != null && !url.isBlank()) {
      ds.setJdbcUrl(url);
      ds.setUsername(environment.getProperty("spring.datasource.username"));
      ds.setPassword(environment.getProperty("spring.datasource.password"));
    } else {
      boolean wipe =
          environment.getProperty("chenbao.embedded-db.wipe-on-start", Boolean.class, false);
      Path dataDir = Path.of(environment.getProperty("chenbao.data-dir", "target/test-data"));
      EmbeddedMariaDb db = EmbeddedMariaDb.startOrGet(dataDir.resolve("db"), "chenbao", wipe);
      ds.setJdbcUrl(db.jdbcUrl());
      ds.setUsername(db.username());
      ds.setPassword(db.password());
    }
    ds.setPoolName("chenbao-slice");
    ds.setMaximumPoolSize(4);
    return ds;
  }
}
