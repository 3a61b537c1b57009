package org.brandpulse.ingest.source.hackernews;

import java.util.List;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.PostSourceContractTest;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class HackerNewsSourceContractTest extends PostSourceContractTest {

  static final String PATH = "/api/v1/search_by_date";

  private FixtureHttpServer server;

  @BeforeEach
  void start() {
    server = FixtureHttpServer.start();
    script(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Three recorded pages of {@code query=nimbus}, 3 hits each; the last reaches past maxAge. */
  static void script(FixtureHttpServer server) {
    server.on(PATH).respond(page("search-page0.json"));
    server.on(PATH).query("page", "1").respond(page("search-page1.json"));
    server.on(PATH).query("page", "2").respond(page("search-page2.json"));
  }

  static FixtureResponse page(String file) {
    return FixtureResponse.resource("source/hackernews/" + file);
  }

  static HackerNewsSource source(FixtureHttpServer server, RecordingSleeper sleeper) {
    HackerNewsOptions options =
        HackerNewsOptions.DEFAULTS.toBuilder()
            .baseUrl(server.baseUri())
            .query("nimbus")
            .pageSize(3)
            .build();
    return new HackerNewsSource(
        "hn-nimbus", options, new HttpFetcher(HttpOptions.DEFAULTS, sleeper, CLOCK), CLOCK);
  }

  @Override
  protected PostSource newSource() {
    return source(server, new RecordingSleeper());
  }

  @Override
  protected List<String> expectedIds() {
    return List.of(
        "hackernews:41400120",
        "hackernews:41400110",
        "hackernews:41400100",
        "hackernews:41400090",
        "hackernews:41400070");
  }

  @Override
  protected String sourceKey() {
    return "hackernews";
  }

  @Override
  protected int expectedSkippedCount() {
    return 2; // the deleted comment 41400080 and 41399500 without created_at_i
  }

  @Override
  protected List<String> addNewData() {
    server.on(PATH).respond(page("search-new.json"));
    return List.of("hackernews:41400150");
  }
}
