package org.brandpulse.ingest.source.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reads one feed, from a file or served by a local HTTP server, through a fresh {@link FeedSource}.
 * Register with {@code @RegisterExtension final FeedFixture feeds = new FeedFixture();}; the server
 * stops after each test.
 */
final class FeedFixture implements AfterEachCallback {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);

  final FixtureHttpServer server = FixtureHttpServer.start();
  private final HttpFetcher fetcher =
      new HttpFetcher(
          HttpOptions.DEFAULTS.withMaxAttempts(1).withRequestTimeout(Duration.ofSeconds(5)),
          new RecordingSleeper(),
          CLOCK);

  /** The first page of a source reading {@code feed} alone. */
  SourcePage read(URI feed) throws Exception {
    return new FeedSource(FeedSourceOptions.of("news", feed), fetcher, CLOCK).fetch(null);
  }

  /** Serves {@code body} as an RSS document at {@code path} and reads it. */
  SourcePage serve(String path, byte[] body) throws Exception {
    server
        .on(path)
        .respond(
            FixtureResponse.status(200)
                .withBody(body)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8"));
    return read(server.uri(path));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.close();
  }
}
