package org.brandpulse.ingest.source.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordedRequest;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedditSourceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);
  private static final String PATH = RedditSourceContractTest.PATH;

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private FixtureHttpServer server;

  @BeforeEach
  void start() {
    server = FixtureHttpServer.start();
    RedditSourceContractTest.script(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RedditSource source() {
    return RedditSourceContractTest.source(server, sleeper);
  }

  @Test
  void linksMapToTitleAndSelfTextWithScoreAndComments() throws Exception {
    SourcePage page = source().fetch(null);

    Post first = page.posts().get(0);
    assertThat(first.text())
        .startsWith("Nimbus X2 battery drain after the 12.3 update?\n\nSince yesterday")
        .contains("🔋😩")
        .contains("\"wait for a fix\" & nothing more");
    assertThat(first.url())
        .isEqualTo(
            "https://www.reddit.com/r/Android/comments/1f6zq2b/nimbus_x2_battery_drain_after_the_12_3_update/");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-09-02T10:00:00Z"));
    assertThat(first.engagement()).isEqualTo(new Engagement(342, 0, 97));
    assertThat(first.author()).isEqualTo(new Author("pixel_hopper", null, 0));
    assertThat(page.posts().get(1).text())
        .startsWith("নিম্বাস ফোনের সার্ভিস সেন্টার কেমন?\n\nঢাকার");
    assertThat(page.posts().get(2).text()).isEqualTo("Nimbus X2 レビュー: 画面は最高、充電は遅い");
    RecordedRequest request = server.requests(PATH).get(0);
    assertThat(request.queryParam("sort")).contains("new");
    assertThat(request.queryParam("limit")).contains("100");
    assertThat(request.queryParam("restrict_sr")).contains("");
  }

  @Test
  void removedLinksKeepTheirTitleAndBadLinksAreSkippedByFullname() throws Exception {
    RedditSource source = source();
    SourcePage page = source.fetch(source.fetch(null).nextCursor());

    Post removed = page.posts().get(0);
    assertThat(removed.text()).isEqualTo("Nimbus support is a joke");
    assertThat(removed.author()).isEqualTo(Author.UNKNOWN);
    assertThat(page.posts().get(1).engagement().likes()).isZero(); // score -3
    assertThat(page.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).endsWith("t3_1f6t0zz");
              assertThat(s.reason()).contains("created_utc");
            });
    assertThat(page.last()).isTrue();
  }

  @Test
  void subredditSearchRestrictsToTheSubreddit() throws Exception {
    server
        .on("/r/NimbusMobile/search.json")
        .respond(RedditSourceContractTest.page("search-page2.json"));
    RedditOptions options =
        RedditOptions.DEFAULTS.toBuilder()
            .baseUrl(server.baseUri())
            .query("refund")
            .subreddit("r/NimbusMobile")
            .build();

    new RedditSource("r", options, new HttpFetcher(HttpOptions.DEFAULTS, sleeper, CLOCK), CLOCK)
        .fetch(null);

    assertThat(server.requests("/r/NimbusMobile/search.json").get(0).queryParam("restrict_sr"))
        .contains("on");
  }

  @Test
  void anExpiredAfterRestartsFromTheMark() throws Exception {
    RedditSource source = source();
    String midway = source.fetch(null).nextCursor();
    server
        .on(PATH)
        .query("after", "t3_1f6wa01")
        .respond(
            FixtureResponse.json("{\"message\": \"Bad Request\", \"error\": 400}").withStatus(400));

    SourcePage page = source.fetch(midway);

    assertThat(page.skipped().get(0).reason())
        .contains("paging token expired or invalid (HTTP 400");
    assertThat(page.skipped().get(0).text()).isEqualTo("t3_1f6wa01");
    assertThat(page.posts()).extracting(Post::nativeId).startsWith("t3_1f6zq2b");
  }

  @Test
  void aPageThatIsNotAListingIsSkippedAndRetriedNextRun() throws Exception {
    server.on(PATH).respond(FixtureResponse.json("{\"kind\": \"t3\", \"data\": {}}"));

    SourcePage page = source().fetch("{\"mark\":\"x\"}");

    assertThat(page.posts()).isEmpty();
    assertThat(page.nextCursor()).isEqualTo("{\"mark\":\"x\"}");
    assertThat(page.skipped().get(0).reason()).contains("expected a Reddit Listing");
  }
}
