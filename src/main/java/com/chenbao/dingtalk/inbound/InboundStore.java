package com.chenbao.dingtalk.inbound;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.transaction.SpringManagedTransactionFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Stores accepted callbacks through a small pool of its own, with short timeouts, so that a
 * callback is answered within about two seconds whatever the database does: a main pool drained by
 * a push or a report, or a database that is down or hanging, gives a fast 503 here instead of a 30
 * s wait for a connection.
 *
 * <p>The pool copies the main pool's URL and credentials (embedded or DB_URL alike). It is
 * deliberately not a {@code DataSource} bean, so Spring Boot's data source and MyBatis
 * auto-configuration stay as they are; the one mapper is bound to it by hand.
 */
@Component
class InboundStore implements DisposableBean {

  private final HikariDataSource pool;
  private final InboundStoreMapper mapper;

  InboundStore(DataSource main, InboundProperties properties) {
    this.pool = new HikariDataSource(config(main, properties));
    Configuration mybatis =
        new Configuration(
            new Environment("inbound-store", new SpringManagedTransactionFactory(), pool));
    mybatis.setMapUnderscoreToCamelCase(true);
    // Whole seconds below the socket timeout (1 s for the default 1.5 s): Connector/J then has the
    // server cancel
    // a statement still waiting (KILL QUERY), so a callback answered 503 is not stored after all
    // once the
    // database moves again. With the socket timeout first, the client gave up but the server's
    // insert went on.
    mybatis.setDefaultStatementTimeout(wholeSecondsBelow(properties.storeTimeout()));
    mybatis.addMapper(InboundStoreMapper.class);
    SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(mybatis);
    this.mapper = new SqlSessionTemplate(factory).getMapper(InboundStoreMapper.class);
  }

  InboundStoreMapper mapper() {
    return mapper;
  }

  private static HikariConfig config(DataSource main, InboundProperties properties) {
    if (!(main instanceof HikariDataSource source)) {
      throw new IllegalStateException(
          "The inbound store copies a Hikari pool's settings; found " + main.getClass());
    }
    long timeout = properties.storeTimeout().toMillis();
    HikariConfig config = new HikariConfig();
    config.setPoolName("inbound-store");
    config.setJdbcUrl(source.getJdbcUrl());
    config.setUsername(source.getUsername());
    config.setPassword(source.getPassword());
    if (source.getDriverClassName() != null) {
      config.setDriverClassName(source.getDriverClassName());
    }
    config.setDataSourceProperties(source.getDataSourceProperties());
    config.setMaximumPoolSize(properties.storePoolSize());
    config.setMinimumIdle(1);
    config.setConnectionTimeout(Math.max(250, timeout));
    config.setValidationTimeout(Math.max(250, timeout / 2));
    // Start even when the database is not there yet; the first callback then gets its fast 503.
    config.setInitializationFailTimeout(-1);
    // Connector/J: give up on a database that accepts but does not answer, instead of hanging the
    // callback.
    config.addDataSourceProperty("connectTimeout", Long.toString(timeout));
    config.addDataSourceProperty("socketTimeout", Long.toString(timeout));
    return config;
  }

  private static int wholeSecondsBelow(Duration timeout) {
    return (int) Math.max(1, (timeout.toMillis() - 1) / 1000);
  }

  @Override
  public void destroy() {
    pool.close();
  }
}
