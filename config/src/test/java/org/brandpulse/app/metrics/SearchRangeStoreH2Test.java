package org.brandpulse.app.metrics;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The Search Console range store on the embedded H2 database. */
class SearchRangeStoreH2Test extends SearchRangeStoreContract {

  @Override
  DataSource freshDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Override
  String dialect() {
    return "h2";
  }
}
