package org.brandpulse.ingest.source.mastodon;

import java.time.Instant;
import java.util.List;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.PostSourceContractTest;
import org.brandpulse.ingest.testing.RealPayloadServer;
import org.brandpulse.ingest.testing.RealPayloads;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The source contract over the real statuses, paged as a Mastodon server pages them. */
class MastodonRealPayloadContractTest extends PostSourceContractTest {

  @RegisterExtension final RealPayloadServer api = new RealPayloadServer();

  @Override
  protected PostSource newSource() {
    return MastodonRealPayloadTest.source(api, Instant.parse("2026-08-01T00:00:00Z"));
  }

  @Override
  protected List<String> expectedIds() {
    return RealPayloads.mastodonIds().stream().map(id -> MastodonRealPayloadTest.KEY + id).toList();
  }

  @Override
  protected String sourceKey() {
    return "mastodon@127.0.0.1";
  }
}
