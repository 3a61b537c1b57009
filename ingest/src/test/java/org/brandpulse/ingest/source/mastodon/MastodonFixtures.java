package org.brandpulse.ingest.source.mastodon;

import java.net.URI;
import java.time.Clock;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordingSleeper;

/**
 * The recorded #NimbusMobile hashtag timeline (three pages, newest first) served the way
 * mastodon.social serves it, with {@code Link} headers.
 */
final class MastodonFixtures {

  static final String TAG_PATH = "/api/v1/timelines/tag/NimbusMobile";
  static final String NEWEST_ID = "113600000000000410";

  private MastodonFixtures() {}

  /** Scripts the three pages, and an empty answer for a later run's {@code since_id}. */
  static void script(FixtureHttpServer server) {
    server
        .on(TAG_PATH)
        .respond(page("tag-page1.json").withHeader("Link", link("113600000000000380", NEWEST_ID)));
    server
        .on(TAG_PATH)
        .query("max_id", "113600000000000380")
        .respond(
            page("tag-page2.json")
                .withHeader("Link", link("113600000000000350", "113600000000000370")));
    server.on(TAG_PATH).query("max_id", "113600000000000350").respond(page("tag-page3.json"));
    server.on(TAG_PATH).query("since_id", NEWEST_ID).respond(page("tag-page3.json"));
  }

  /** Re-scripts the later run: one new status, then nothing older than it. */
  static void addNewStatus(FixtureHttpServer server) {
    server
        .on(TAG_PATH)
        .query("since_id", NEWEST_ID)
        .respond(
            page("tag-new.json")
                .withHeader("Link", link("113600000000000420", "113600000000000420")));
    server
        .on(TAG_PATH)
        .query("since_id", NEWEST_ID)
        .query("max_id", "113600000000000420")
        .respond(page("tag-page3.json"));
  }

  static FixtureResponse page(String file) {
    return FixtureResponse.resource("source/mastodon/" + file);
  }

  static MastodonOptions options(URI base) {
    return MastodonOptions.DEFAULTS.toBuilder().instance(base).hashtag("#NimbusMobile").build();
  }

  static HttpFetcher fetcher(RecordingSleeper sleeper, Clock clock) {
    return new HttpFetcher(HttpOptions.DEFAULTS, sleeper, clock);
  }

  private static String link(String maxId, String minId) {
    return "<https://mastodon.social/api/v1/timelines/tag/NimbusMobile?max_id="
        + maxId
        + ">; rel=\"next\", <https://mastodon.social/api/v1/timelines/tag/NimbusMobile?min_id="
        + minId
        + ">; rel=\"prev\"";
  }
}
