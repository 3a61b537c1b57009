package org.brandpulse.ingest.source.bluesky;

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

class BlueskySourceContractTest extends PostSourceContractTest {

  static final String PATH = "/xrpc/app.bsky.feed.searchPosts";
  static final String DID = "at://did:plc:";

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

  /** Three recorded pages of {@code q=nimbus}, 3 posts each, the last one empty. */
  static void script(FixtureHttpServer server) {
    server.on(PATH).respond(page("search-page1.json"));
    server.on(PATH).query("cursor", "3").respond(page("search-page2.json"));
    server.on(PATH).query("cursor", "6").respond(page("search-page3.json"));
  }

  static FixtureResponse page(String file) {
    return FixtureResponse.resource("source/bluesky/" + file);
  }

  static BlueskySource source(
      FixtureHttpServer server, RecordingSleeper sleeper, String accessToken) {
    BlueskyOptions options =
        BlueskyOptions.DEFAULTS.toBuilder()
            .baseUrl(server.baseUri())
            .query("nimbus")
            .accessToken(accessToken)
            .pageSize(3)
            .build();
    return new BlueskySource(
        "bsky-nimbus", options, new HttpFetcher(HttpOptions.DEFAULTS, sleeper, CLOCK), CLOCK);
  }

  @Override
  protected PostSource newSource() {
    return source(server, new RecordingSleeper(), null);
  }

  @Override
  protected List<String> expectedIds() {
    return List.of(
        "bluesky:at://did:plc:4r7yqk2vx3hq6jmz5n2wlfoa/app.bsky.feed.post/3lbq7zq2xks2k",
        "bluesky:at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbq7m2ynhc2x",
        "bluesky:at://did:plc:q6gjnaw2blty4crticxkmujt/app.bsky.feed.post/3lbq6tqmu4k2o",
        "bluesky:at://did:plc:ken0000000000000000000aa/app.bsky.feed.post/3lbq5k4fhxs2a");
  }

  @Override
  protected String sourceKey() {
    return "bluesky";
  }

  @Override
  protected int expectedSkippedCount() {
    return 2; // the image-only post and the one with createdAt "not-a-date"
  }

  @Override
  protected List<String> addNewData() {
    server.on(PATH).respond(page("search-new.json"));
    return List.of(
        "bluesky:at://did:plc:nimbusmobile0000000000aa/app.bsky.feed.post/3lbq8a7c2ds2j");
  }
}
