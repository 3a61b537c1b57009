package org.brandpulse.ingest.source.feed;

import java.time.Duration;
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

/** An RSS 2.0 and an Atom feed served over HTTP. */
class FeedSourceHttpContractTest extends PostSourceContractTest {

  static final String B = "feed:blogs:";
  static final List<String> IDS =
      List.of(
          B + "https://blog.example/acme-bn#g",
          B + "https://blog.example/acme-battery#g",
          B + "https://blog.example/no-guid",
          B + "urn:uuid:a-2",
          B + "urn:uuid:a-1",
          B + "urn:uuid:a-3");
  static final List<String> NEW_IDS =
      List.of(
          B + "https://blog.example/acme-late#g",
          B + "https://blog.example/acme-price#g",
          B + "urn:uuid:a-4");

  private final FixtureHttpServer server = FixtureHttpServer.start();
  private final HttpFetcher fetcher =
      new HttpFetcher(
          HttpOptions.DEFAULTS.withRequestTimeout(Duration.ofSeconds(5)),
          new RecordingSleeper(),
          CLOCK);

  @BeforeEach
  void serve() {
    server.on("/rss").respond(FixtureResponse.resource("source/feed/rss2.xml"));
    server.on("/atom").respond(FixtureResponse.resource("source/feed/atom.xml"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected PostSource newSource() {
    return new FeedSource(
        FeedSourceOptions.of("blogs", server.uri("/rss"), server.uri("/atom")), fetcher, clock());
  }

  @Override
  protected List<String> expectedIds() {
    return IDS;
  }

  @Override
  protected String sourceKey() {
    return "feed:blogs";
  }

  @Override
  protected List<String> addNewData() {
    server.on("/rss").respond(FixtureResponse.resource("source/feed/rss2-v2.xml"));
    server.on("/atom").respond(FixtureResponse.resource("source/feed/atom-v2.xml"));
    return NEW_IDS;
  }
}
