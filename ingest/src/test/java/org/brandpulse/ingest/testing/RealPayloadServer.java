package org.brandpulse.ingest.testing;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link FixtureHttpServer} answering with the recorded real payloads ({@link
 * RealPayloads#serveAll}) for each test: {@code @RegisterExtension final RealPayloadServer api =
 * new RealPayloadServer();}. Tests are skipped when the shared data are absent.
 */
public final class RealPayloadServer implements BeforeEachCallback, AfterEachCallback {

  /** A month after the newest payload (Mastodon's statuses of 2026-08-02). */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);

  private FixtureHttpServer server;

  @Override
  public void beforeEach(ExtensionContext context) {
    server = FixtureHttpServer.start();
    try {
      RealPayloads.serveAll(server);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (server != null) {
      server.close();
    }
  }

  /** The running server. */
  public FixtureHttpServer server() {
    return server;
  }

  /** Its base URI, for a source's {@code baseUrl}. */
  public URI baseUri() {
    return server.baseUri();
  }

  /** A fetcher on {@link #CLOCK} that records waits instead of sleeping. */
  public HttpFetcher fetcher() {
    return new HttpFetcher(HttpOptions.DEFAULTS, new RecordingSleeper(), CLOCK);
  }
}
