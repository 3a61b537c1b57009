package org.brandpulse.ingest.source.mastodon;

import java.time.Instant;
import java.util.List;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.PostSourceContractTest;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The source contract over the real statuses, paged as {@link MastodonRealPayloadTest} serves them.
 */
class MastodonRealPayloadContractTest extends PostSourceContractTest {

  private FixtureHttpServer server;
  private List<String> ids;

  @BeforeEach
  void serve() {
    server = FixtureHttpServer.start();
    ids = MastodonRealPayloadTest.script(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected PostSource newSource() {
    return MastodonRealPayloadTest.source(server, Instant.parse("2026-08-01T00:00:00Z"));
  }

  @Override
  protected List<String> expectedIds() {
    return ids.stream().map(id -> MastodonRealPayloadTest.KEY + id).toList();
  }

  @Override
  protected String sourceKey() {
    return "mastodon@127.0.0.1";
  }
}
