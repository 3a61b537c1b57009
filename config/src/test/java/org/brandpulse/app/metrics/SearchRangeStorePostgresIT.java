package org.brandpulse.app.metrics;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.brandpulse.app.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The Search Console range store on a real PostgreSQL: one server, a new database per test. */
class SearchRangeStorePostgresIT extends SearchRangeStoreContract {

  private static PostgresServer pg;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    pg = PostgresServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) {
      pg.close();
    }
  }

  @Override
  DataSource freshDatabase() {
    String name = "search_ranges_" + DATABASES.incrementAndGet();
    new JdbcTemplate(source(pg.jdbcUrl())).execute("CREATE DATABASE " + name);
    return source(pg.jdbcUrl().replaceFirst("/postgres$", "/" + name));
  }

  private static DataSource source(String url) {
    DriverManagerDataSource ds = new DriverManagerDataSource(url);
    ds.setUsername("brandpulse");
    return ds;
  }

  @Override
  String dialect() {
    return "postgresql";
  }
}
