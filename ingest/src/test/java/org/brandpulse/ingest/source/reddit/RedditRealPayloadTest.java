package org.brandpulse.ingest.source.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.RealPayloadServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real search listing of {@code real/posts-api/reddit_search.json} (PRAW's test cassette: six
 * links of 2013-2016 in relevance order, the last page: {@code after} is null).
 */
class RedditRealPayloadTest {

  private static final Clock CLOCK = RealPayloadServer.CLOCK;

  @RegisterExtension final RealPayloadServer api = new RealPayloadServer();

  private SourcePage fetch(Instant since) throws Exception {
    RedditOptions options =
        RedditOptions.DEFAULTS.toBuilder()
            .baseUrl(api.baseUri())
            .query("praw")
            .since(since)
            .build();
    return new RedditSource("reddit-real", options, api.fetcher(), CLOCK).fetch(null);
  }

  private static Post byId(List<Post> posts, String fullname) {
    return posts.stream()
        .filter(p -> p.id().equals("reddit:" + fullname))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aFirstRunWithoutSinceLeavesOutAllSixAndCountsThem() throws Exception {
    SourcePage page = fetch(null);

    assertThat(page.posts()).isEmpty();
    assertThat(page.outsideWindow()).isEqualTo(6);
    assertThat(page.windowStart()).isEqualTo(Instant.parse("2026-08-26T12:00:00Z"));
    assertThat(page.last()).isTrue();
  }

  @Test
  void aBackfillMapsTheLinksWithAuthorsScoresCommentsAndCleanPermalinks() throws Exception {
    SourcePage page = fetch(Instant.parse("2013-01-01T00:00:00Z"));

    assertThat(page.posts())
        .extracting(Post::nativeId)
        .containsExactly(
            "t3_3gpbiu", "t3_3x4kt2", "t3_3b4erh", "t3_1qvzkd", "t3_3qc02b", "t3_4at068");
    assertThat(page.skipped()).isEmpty();
    Post japanese = byId(page.posts(), "t3_4at068");
    assertThat(japanese.text()).startsWith("たびたび話題になるサイドバーの閲覧中ユーザ数について（また）調べた\n\n## tl;dr\n\n");
    assertThat(japanese.author()).isEqualTo(new Author("nmtake", null, 0));
    assertThat(japanese.engagement()).isEqualTo(new Engagement(15, 0, 0));
    assertThat(japanese.url())
        .isEqualTo(
            "https://www.reddit.com/r/p18s/comments/4at068/" + "たびたび話題になるサイドバーの閲覧中ユーザ数についてまた調べた/");
    assertThat(japanese.createdAt()).isEqualTo(Instant.parse("2016-03-17T13:33:54Z"));
    assertThat(japanese.language()).as("Reddit declares no language").isNull();
    assertThat(japanese.threadId()).isEqualTo(japanese.id());
    assertThat(japanese.replyToId()).isNull();
    Post solved = byId(page.posts(), "t3_3gpbiu");
    assertThat(solved.text())
        .startsWith(
            "[PRAW][OAuth2Util] Problem using get_banned() : raise Forbidden(_raw=response)\n\n"
                + "# solved\n\n");
    assertThat(solved.author()).isEqualTo(new Author("dClauzel", null, 0));
    assertThat(solved.engagement()).isEqualTo(new Engagement(0, 0, 21));
    assertThat(solved.url())
        .isEqualTo(
            "https://www.reddit.com/r/redditdev/comments/3gpbiu/"
                + "prawoauth2util_problem_using_get_banned_raise/");
  }

  @Test
  void aSinceBetweenThemLeavesOutOnlyTheOlderLink() throws Exception {
    SourcePage page = fetch(Instant.parse("2015-06-01T00:00:00Z"));

    assertThat(page.posts()).extracting(Post::nativeId).hasSize(5).doesNotContain("t3_1qvzkd");
    assertThat(page.outsideWindow()).isEqualTo(1);
  }
}
