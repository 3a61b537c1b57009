package org.brandpulse.ingest.source.hackernews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.RealPayloadServer;
import org.brandpulse.ingest.testing.RealPayloads;
import org.brandpulse.ingest.testing.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real Algolia answer of {@code real/posts-api/hn_search.json}: five stories of 2012-2021 for
 * "javascript" on page 0 of 200. The local server answers it whatever the filters, so the source's
 * own window check is what is tested.
 */
class HackerNewsRealPayloadTest {

  private static final Clock CLOCK = RealPayloadServer.CLOCK;
  private static final String PATH = RealPayloads.HACKERNEWS_PATH;

  @RegisterExtension final RealPayloadServer api = new RealPayloadServer();

  private SourcePage fetch(Instant since) throws Exception {
    HackerNewsOptions options =
        HackerNewsOptions.DEFAULTS.toBuilder()
            .baseUrl(api.baseUri())
            .query("javascript")
            .since(since)
            .build();
    return new HackerNewsSource("hn-real", options, api.fetcher(), CLOCK).fetch(null);
  }

  private static Post byId(List<Post> posts, String objectId) {
    return posts.stream()
        .filter(p -> p.id().equals("hackernews:" + objectId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aFirstRunWithoutSinceAsksForTheLastWeekAndLeavesOutAllFive() throws Exception {
    SourcePage page = fetch(null);

    assertThat(page.posts()).isEmpty();
    assertThat(page.outsideWindow()).isEqualTo(5);
    assertThat(page.last()).isTrue();
    RecordedRequest request = api.server().requests(PATH).get(0);
    assertThat(request.queryParam("numericFilters")).contains("created_at_i>1787745599");
  }

  @Test
  void aBackfillSince2016ReadsTheThreeNewerStoriesWithPointsCommentsAndLinks() throws Exception {
    SourcePage page = fetch(Instant.parse("2016-01-01T00:00:00Z"));

    assertThat(page.posts())
        .extracting(Post::nativeId)
        .containsExactly("12684980", "27165954", "22758218");
    assertThat(page.outsideWindow()).as("the 2013 and 2012 stories").isEqualTo(2);
    assertThat(page.last()).isTrue();
    assertThat(api.server().requests(PATH).get(0).queryParam("numericFilters"))
        .contains("created_at_i>1451606399");
    Post yarn = byId(page.posts(), "12684980");
    assertThat(yarn.text()).isEqualTo("Yarn – A new package manager for JavaScript");
    assertThat(yarn.author()).isEqualTo(new Author("cpojer", null, 0));
    assertThat(yarn.engagement()).isEqualTo(new Engagement(1714, 0, 469));
    assertThat(yarn.url()).isEqualTo("https://news.ycombinator.com/item?id=12684980");
    assertThat(yarn.createdAt()).isEqualTo(Instant.parse("2016-10-11T15:00:38Z"));
    assertThat(yarn.threadId()).isEqualTo(yarn.id());
    assertThat(yarn.replyToId()).isNull();
    assertThat(yarn.language()).as("Algolia declares no language").isNull();
    Post modern = byId(page.posts(), "27165954");
    assertThat(modern.text())
        .isEqualTo("Modern Javascript: Everything you missed over the last 10 years (2020)");
    assertThat(modern.author()).isEqualTo(new Author("EntICOnc", null, 0));
    assertThat(modern.engagement()).isEqualTo(new Engagement(1256, 0, 728));
  }
}
