package org.brandpulse.ingest.source.mastodon;

import java.util.List;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.PostSourceContractTest;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class MastodonSourceContractTest extends PostSourceContractTest {

  private FixtureHttpServer server;

  @BeforeEach
  void start() {
    server = FixtureHttpServer.start();
    MastodonFixtures.script(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected PostSource newSource() {
    return new MastodonSource(
        "mastodon-nimbus",
        MastodonFixtures.options(server.baseUri()),
        MastodonFixtures.fetcher(new RecordingSleeper(), clock()),
        clock());
  }

  @Override
  protected List<String> expectedIds() {
    return ids(
        "113599990000000300",
        "113600000000000400",
        "113600000000000390",
        "113600000000000370",
        "113600000000000350");
  }

  @Override
  protected String sourceKey() {
    return "mastodon@127.0.0.1";
  }

  @Override
  protected int expectedSkippedCount() {
    return 2; // the media-only status and the one with created_at "yesterday"
  }

  @Override
  protected List<String> addNewData() {
    MastodonFixtures.addNewStatus(server);
    return ids("113600000000000420");
  }

  private List<String> ids(String... statusIds) {
    return java.util.Arrays.stream(statusIds).map(id -> sourceKey() + ":" + id).toList();
  }
}
