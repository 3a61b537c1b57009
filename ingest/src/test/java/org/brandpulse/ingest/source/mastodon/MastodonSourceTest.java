package org.brandpulse.ingest.source.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordedRequest;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MastodonSourceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);
  private static final String TAG = MastodonFixtures.TAG_PATH;

  private final RecordingSleeper sleeper = new RecordingSleeper();
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

  private MastodonSource source(MastodonOptions options) {
    return new MastodonSource(
        "mastodon-nimbus", options, MastodonFixtures.fetcher(sleeper, CLOCK), CLOCK);
  }

  private MastodonSource source() {
    return source(MastodonFixtures.options(server.baseUri()));
  }

  @Test
  void firstPageMapsReblogsRepliesSpoilersAndSkipsMediaOnlyStatuses() throws Exception {
    SourcePage page = source().fetch(null);

    assertThat(page.posts())
        .extracting(Post::nativeId)
        .containsExactly("113599990000000300", "113600000000000400", "113600000000000390");
    Post boosted = page.posts().get(0);
    assertThat(boosted.author())
        .isEqualTo(new Author("nimbus_support@social.example", "Nimbus Mobile Support", 15230));
    assertThat(boosted.url())
        .isEqualTo("https://social.example/@nimbus_support/113599990000000300");
    assertThat(boosted.engagement()).isEqualTo(new Engagement(210, 88, 41));
    Post reply = page.posts().get(1);
    assertThat(reply.text())
        .isEqualTo(
            "@nimbus_support আমার ফোনের ব্যাটারি দুই দিনেই শেষ হয়ে যাচ্ছে 😡 কবে ঠিক হবে? #NimbusMobile");
    assertThat(reply.language()).isEqualTo("bn");
    assertThat(reply.replyToId()).isEqualTo("mastodon@127.0.0.1:113599990000000300");
    assertThat(reply.threadId()).isNull();
    assertThat(page.posts().get(2).text())
        .isEqualTo(
            "phone rant\n\nDay 3 with the Nimbus X2:\ncamera 👍\nbattery 👎🏽\n\n"
                + "Support answered in 10 minutes though & that matters 👩🏽\u200d💻");
    assertThat(page.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).endsWith("status 113600000000000380");
              assertThat(s.reason()).contains("no text");
            });
    assertThat(page.last()).isFalse();
  }

  @Test
  void pagesFollowTheLinkHeaderAndLaterRunsAskSinceTheMark() throws Exception {
    MastodonSource source = source();
    SourcePage first = source.fetch(null);
    SourcePage second = source.fetch(first.nextCursor());
    SourcePage third = source.fetch(second.nextCursor());
    source.fetch(third.nextCursor());

    List<RecordedRequest> requests = server.requests(TAG);
    assertThat(requests)
        .extracting(r -> r.queryParam("max_id").orElse("-"))
        .containsExactly("-", "113600000000000380", "113600000000000350", "-");
    assertThat(requests.get(0).queryParam("since_id")).isEmpty();
    assertThat(requests.get(3).queryParam("since_id")).contains(MastodonFixtures.NEWEST_ID);
    assertThat(requests.get(0).queryParam("limit")).contains("40");
    assertThat(second.skipped())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.reason())
                    .contains("'created_at' is not an RFC 3339 timestamp: 'yesterday'"));
    assertThat(third.last()).isTrue();
  }

  @Test
  void retryAfterOf429IsHonouredAndServerErrorsAreRetried() throws Exception {
    server
        .on(TAG)
        .respond(
            FixtureResponse.status(429).withHeader("Retry-After", "7"),
            FixtureResponse.status(503),
            MastodonFixtures.page("tag-page1.json"));

    SourcePage page = source().fetch(null);

    assertThat(page.posts()).hasSize(3);
    assertThat(sleeper.waits()).hasSize(2).first().isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void malformedJsonSkipsThePageWithItsPositionAndKeepsTheCursor() throws Exception {
    server.on(TAG).respond(FixtureResponse.json("[{\"id\": \"1\", \"content\": <p>oops</p>}]"));

    SourcePage page = source().fetch(null);

    assertThat(page.posts()).isEmpty();
    assertThat(page.last()).isTrue();
    assertThat(page.nextCursor()).isEqualTo("{}");
    SkippedRecord skipped = page.skipped().get(0);
    assertThat(skipped.location()).startsWith(server.baseUri() + TAG + "?");
    assertThat(skipped.reason()).contains("malformed JSON at line 1, column 25");
  }

  @Test
  void truncatedJsonSkipsThePageAndTheNextRunRetriesIt() throws Exception {
    MastodonSource source = source();
    String cursor = source.fetch(null).nextCursor();
    byte[] page2 = MastodonFixtures.page("tag-page2.json").body();
    String cut = new String(page2, 0, 900, StandardCharsets.UTF_8);
    server.on(TAG).query("max_id", "113600000000000380").respond(FixtureResponse.json(cut));

    SourcePage truncated = source.fetch(cursor);

    assertThat(truncated.nextCursor()).isEqualTo(cursor);
    assertThat(truncated.skipped())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.reason()).contains("malformed JSON at line").contains("end-of-input"));
    MastodonFixtures.script(server);
    assertThat(source.fetch(truncated.nextCursor()).posts())
        .extracting(Post::nativeId)
        .containsExactly("113600000000000370", "113600000000000350");
  }

  @Test
  void aRejectedMaxIdRestartsFromTheMarkWithAWarning() throws Exception {
    MastodonSource source = source();
    String midway = source.fetch(null).nextCursor();
    server
        .on(TAG)
        .query("max_id", "113600000000000380")
        .respond(FixtureResponse.json("{\"error\":\"Record not found\"}").withStatus(410));

    SourcePage restarted = source.fetch(midway);

    assertThat(restarted.skipped().get(0).reason())
        .startsWith("paging token expired or invalid (HTTP 410")
        .contains("restarted from the high-water mark");
    assertThat(restarted.posts())
        .extracting(Post::nativeId)
        .containsExactly("113599990000000300", "113600000000000400", "113600000000000390");
  }

  @Test
  void statusSearchSendsTheTokenAndReadsTheStatusesArray() throws Exception {
    server.on("/api/v2/search").respond(MastodonFixtures.page("search-page1.json"));
    server
        .on("/api/v2/search")
        .query("max_id", "113600000000000370")
        .respond(MastodonFixtures.page("search-page2.json"));
    MastodonOptions options =
        MastodonFixtures.options(server.baseUri()).toBuilder()
            .hashtag(null)
            .query("nimbus battery")
            .accessToken("s3cret-token")
            .build();

    SourcePage page = source(options).fetch(null);

    assertThat(page.posts())
        .extracting(Post::nativeId)
        .containsExactly("113600000000000390", "113600000000000370");
    assertThat(page.posts().get(1).language()).isEqualTo("ar");
    RecordedRequest request = server.requests("/api/v2/search").get(0);
    assertThat(request.header("Authorization")).contains("Bearer s3cret-token");
    assertThat(request.queryParam("q")).contains("nimbus battery");
    assertThat(request.queryParam("resolve")).contains("false");
    assertThat(options.toString()).doesNotContain("s3cret");
  }

  @Test
  void optionsRejectSearchWithoutATokenAndSourcesWithoutATarget() {
    assertThatThrownBy(() -> MastodonOptions.DEFAULTS.toBuilder().query("nimbus").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("access token");
    assertThatThrownBy(() -> source(MastodonOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a hashtag or a query");
  }

  @Test
  void aRejectedNewestPageIsASourceException() {
    server
        .on(TAG)
        .respond(
            FixtureResponse.json("{\"error\":\"This API requires an authenticated user\"}")
                .withStatus(401));

    assertThatThrownBy(() -> source().fetch(null))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("401")
        .satisfies(e -> assertThat(((SourceException) e).isRetryable()).isFalse());
  }
}
