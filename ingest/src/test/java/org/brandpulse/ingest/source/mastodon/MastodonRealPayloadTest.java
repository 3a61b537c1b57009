package org.brandpulse.ingest.source.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.RealPayloadServer;
import org.brandpulse.ingest.testing.RealPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 138 real statuses of {@code real/posts-api/mastodon_statuses.json} (Mastodon.py's test
 * cassettes, written 2026-08-01/02) served newest first as a hashtag timeline, 40 per page with
 * {@code Link} headers, the way a Mastodon server pages.
 */
class MastodonRealPayloadTest {

  static final Clock CLOCK = RealPayloadServer.CLOCK;
  static final String PATH = RealPayloads.MASTODON_PATH;
  static final String KEY = "mastodon@127.0.0.1:";

  @RegisterExtension final RealPayloadServer api = new RealPayloadServer();

  /** A source over the timeline {@code api} serves, reading back to {@code since}. */
  static MastodonSource source(RealPayloadServer api, Instant since) {
    MastodonOptions options =
        MastodonOptions.DEFAULTS.toBuilder()
            .instance(api.baseUri())
            .hashtag("mastodonpy")
            .since(since)
            .build();
    return new MastodonSource("mastodon-real", options, api.fetcher(), CLOCK);
  }

  private static Post byId(List<Post> posts, String statusId) {
    return posts.stream().filter(p -> p.id().equals(KEY + statusId)).findFirst().orElseThrow();
  }

  @Test
  void aFirstRunWithoutSinceReadsNothingOfAMonthAgoAndSaysWhy() throws Exception {
    SourcePage page = source(api, null).fetch(null);

    assertThat(page.posts()).isEmpty();
    assertThat(page.skipped()).isEmpty();
    assertThat(page.outsideWindow()).isEqualTo(40);
    assertThat(page.windowStart()).isEqualTo(Instant.parse("2026-08-26T12:00:00Z"));
    assertThat(page.last()).isTrue();
    assertThat(api.server().requests(PATH)).hasSize(1);
  }

  @Test
  void aBackfillReadsEveryStatusWithAuthorReachLinksLanguageAndCleanText() throws Exception {
    List<Post> posts = new ArrayList<>();
    String cursor = null;
    SourcePage page;
    MastodonSource source = source(api, Instant.parse("2026-08-01T00:00:00Z"));
    do {
      page = source.fetch(cursor);
      assertThat(page.skipped()).isEmpty();
      assertThat(page.outsideWindow()).isZero();
      posts.addAll(page.posts());
      cursor = page.nextCursor();
    } while (!page.last());

    assertThat(posts)
        .extracting(Post::nativeId)
        .containsExactlyElementsOf(RealPayloads.mastodonIds());
    Post mention = byId(posts, "117024251962941243");
    assertThat(mention.text()).isEqualTo("@mastodonpy_test beep beep I'm a jeep");
    assertThat(mention.author()).isEqualTo(new Author("admin", null, 1));
    assertThat(mention.url()).isEqualTo("http://localhost:3000/@admin/117024251962941243");
    assertThat(mention.language()).isEqualTo("en");
    assertThat(mention.createdAt()).isEqualTo(Instant.parse("2026-08-02T05:26:15.902Z"));
    assertThat(mention.threadId()).isEqualTo(mention.id());
    assertThat(mention.replyToId()).isNull();
    assertThat(mention.fetchedAt()).isEqualTo(CLOCK.instant());
    Post boosted = byId(posts, "117020585724931720");
    assertThat(boosted.author()).isEqualTo(new Author("mastodonpy_test", "John Lennon", 0));
    assertThat(boosted.engagement()).isEqualTo(new Engagement(0, 1, 0));
    assertThat(boosted.text()).isEqualTo("bwooh!");
    Post hashtag = byId(posts, "117020593741189701");
    assertThat(hashtag.text()).isEqualTo("#hoot (hashtag toot)");
    assertThat(hashtag.language()).as("tagged ja, written in English").isNull();
    assertThat(byId(posts, "117020586180926938").text())
        .isEqualTo("the best editor? why, of course it is the KDE Advanced Text Editor, Kate");
    assertThat(posts)
        .extracting(Post::language)
        .containsOnly("en", null)
        .filteredOn(l -> l != null)
        .hasSize(68);
    assertThat(posts)
        .extracting(Post::text)
        .noneMatch(t -> t.contains("<") || t.contains("&#") || t.contains("&amp;") || t.isBlank());
  }
}
