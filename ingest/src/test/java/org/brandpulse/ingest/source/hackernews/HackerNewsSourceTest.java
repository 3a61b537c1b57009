package org.brandpulse.ingest.source.hackernews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordedRequest;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HackerNewsSourceTest {

  private static final String PATH = HackerNewsSourceContractTest.PATH;

  /** 2026-08-26T12:00:00Z, a week before the test clock, minus one: the first run's window. */
  private static final String FIRST_RUN_FILTER = "created_at_i>1787745599";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private FixtureHttpServer server;

  @BeforeEach
  void start() {
    server = FixtureHttpServer.start();
    HackerNewsSourceContractTest.script(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HackerNewsSource source() {
    return HackerNewsSourceContractTest.source(server, sleeper);
  }

  @Test
  void commentsAndStoriesMapWithThreadsAndHtmlDecoded() throws Exception {
    List<Post> posts = source().fetch(null).posts();

    Post comment = posts.get(1);
    assertThat(comment.text())
        .isEqualTo(
            "The teardown's numbers look right: 4,100\u00a0mAh measured vs 5,000 claimed. See"
                + " https://teardowns.example.com/nimbus-x2#cells\n\nThat's not a rounding error.");
    assertThat(comment.replyToId()).isEqualTo("hackernews:41400100");
    assertThat(comment.threadId()).isEqualTo("hackernews:41400100");
    assertThat(comment.url()).isEqualTo("https://news.ycombinator.com/item?id=41400110");
    assertThat(posts.get(0).text()).startsWith("আমারও একই সমস্যা").endsWith("factory reset 🙄");
    Post story = posts.get(2);
    assertThat(story.text())
        .isEqualTo("Nimbus X2 teardown shows a 20% smaller battery than advertised");
    assertThat(story.threadId()).isEqualTo(story.id());
    assertThat(story.replyToId()).isNull();
    assertThat(story.engagement()).isEqualTo(new Engagement(312, 0, 148));
    assertThat(story.author()).isEqualTo(new Author("hwreviewer", null, 0));
    assertThat(story.createdAt()).isEqualTo(Instant.parse("2026-09-02T09:15:27Z"));
  }

  @Test
  void theFirstRunIsBoundedByMaxAgeAndLaterPagesArePinned() throws Exception {
    HackerNewsSource source = source();
    SourcePage first = source.fetch(null);
    SourcePage second = source.fetch(first.nextCursor());
    SourcePage third = source.fetch(second.nextCursor());

    List<RecordedRequest> requests = server.requests(PATH);
    assertThat(requests.get(0).queryParam("numericFilters")).contains(FIRST_RUN_FILTER);
    assertThat(requests.get(0).queryParam("tags")).contains("(story,comment)");
    assertThat(requests.get(0).queryParam("hitsPerPage")).contains("3");
    assertThat(requests.get(1).queryParam("numericFilters"))
        .contains(FIRST_RUN_FILTER + ",created_at_i<=1788348600");
    assertThat(second.posts().get(0).text())
        .isEqualTo(
            "Ask HN: Has anyone shipped on Nimbus's developer API?\n\n"
                + "We're evaluating it for an SMS product in Bangladesh.\n\n"
                + "Docs look fine, rate limits are 🤷. Experiences?");
    assertThat(second.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.location()).endsWith("item 41400080"));
    assertThat(third.posts()).isEmpty(); // 41399000 is older than maxAge
    assertThat(third.skipped().get(0).reason()).contains("created_at_i");
    assertThat(third.last()).isTrue();
  }

  @Test
  void laterRunsAskOnlyForItemsSinceTheMark() throws Exception {
    HackerNewsSource source = source();
    String cursor = source.fetch(null).nextCursor();
    cursor = source.fetch(cursor).nextCursor();
    cursor = source.fetch(cursor).nextCursor();
    server.clearRequests();

    SourcePage nothingNew = source.fetch(cursor);

    assertThat(nothingNew.posts()).isEmpty();
    assertThat(nothingNew.last()).isTrue();
    assertThat(server.requests(PATH).get(0).queryParam("numericFilters"))
        .contains("created_at_i>1788348599");
  }

  @Test
  void serverErrorsAreRetriedWithBackoff() throws Exception {
    server
        .on(PATH)
        .respond(
            FixtureResponse.status(502),
            FixtureResponse.status(500),
            HackerNewsSourceContractTest.page("search-page0.json"));

    assertThat(source().fetch(null).posts()).hasSize(3);
    assertThat(sleeper.waits()).hasSize(2).allSatisfy(d -> assertThat(d).isPositive());
    assertThat(sleeper.total()).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void aRejectedPageNumberRestartsFromTheMark() throws Exception {
    HackerNewsSource source = source();
    String midway = source.fetch(null).nextCursor();
    server
        .on(PATH)
        .query("page", "1")
        .respond(
            FixtureResponse.json("{\"message\":\"Pagination limited to 1000 hits\",\"status\":400}")
                .withStatus(400));

    SourcePage page = source.fetch(midway);

    assertThat(page.skipped().get(0).reason()).contains("HTTP 400").contains("Pagination limited");
    assertThat(page.posts())
        .extracting(Post::nativeId)
        .containsExactly("41400120", "41400110", "41400100");
  }
}
