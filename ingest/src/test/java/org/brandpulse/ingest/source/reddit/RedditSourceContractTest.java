package org.brandpulse.ingest.source.reddit;

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

class RedditSourceContractTest extends PostSourceContractTest {

  static final String PATH = "/search.json";

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

  /** Two recorded pages of {@code q=nimbus x2}, linked by {@code after}. */
  static void script(FixtureHttpServer server) {
    server.on(PATH).respond(page("search-page1.json"));
    server.on(PATH).query("after", "t3_1f6wa01").respond(page("search-page2.json"));
  }

  static FixtureResponse page(String file) {
    return FixtureResponse.resource("source/reddit/" + file);
  }

  static RedditSource source(FixtureHttpServer server, RecordingSleeper sleeper) {
    RedditOptions options =
        RedditOptions.DEFAULTS.toBuilder().baseUrl(server.baseUri()).query("nimbus x2").build();
    return new RedditSource(
        "reddit-nimbus", options, new HttpFetcher(HttpOptions.DEFAULTS, sleeper, CLOCK), CLOCK);
  }

  @Override
  protected PostSource newSource() {
    return source(server, new RecordingSleeper());
  }

  @Override
  protected List<String> expectedIds() {
    return List.of(
        "reddit:t3_1f6zq2b",
        "reddit:t3_1f6ykx9",
        "reddit:t3_1f6wa01",
        "reddit:t3_1f6u7mm",
        "reddit:t3_1f6rq1d");
  }

  @Override
  protected String sourceKey() {
    return "reddit";
  }

  @Override
  protected int expectedSkippedCount() {
    return 1; // t3_1f6t0zz has no created_utc
  }

  @Override
  protected List<String> addNewData() {
    // The newest page now starts with one new link, followed by links already delivered.
    server.on(PATH).respond(page("search-new.json"));
    return List.of("reddit:t3_1f71abc");
  }
}
