package org.brandpulse.ingest.source.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.source.timeline.TimelineBatch;
import org.brandpulse.ingest.source.timeline.TimelineItem;
import org.brandpulse.ingest.testing.RealPayloadServer;
import org.brandpulse.ingest.testing.RealPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real search answer of {@code real/posts-api/bsky_search.json} (the atproto SDK's test data):
 * one post of 2023-09-28 that quotes another and adds an image but no text of its own.
 */
class BlueskyRealPayloadTest {

  private static final Clock CLOCK = RealPayloadServer.CLOCK;
  private static final String PATH = RealPayloads.BLUESKY_PATH;
  private static final String URI =
      "at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kaheyt6vpc22";

  @RegisterExtension final RealPayloadServer api = new RealPayloadServer();

  private SourcePage fetch(Instant since) throws Exception {
    BlueskyOptions options =
        BlueskyOptions.DEFAULTS.toBuilder()
            .baseUrl(api.baseUri())
            .query("test")
            .since(since)
            .build();
    return new BlueskySource("bluesky-real", options, api.fetcher(), CLOCK).fetch(null);
  }

  @Test
  void theMediaOnlyPostIsMappedWithItsAuthorAndLinkButCarriesASkipReason() throws Exception {
    String body = RealPayloads.read("bsky_search.json");
    TimelineBatch batch =
        BlueskyPosts.map(
            JsonMapper.builder().build().readTree(body),
            "bluesky-real",
            PATH,
            body,
            CLOCK.instant());

    TimelineItem item = batch.items().get(0);
    Post post = item.post();
    assertThat(post.id()).isEqualTo("bluesky:" + URI);
    assertThat(post.author()).isEqualTo(new Author("test.marshal.dev", "Python SDK", 0));
    assertThat(post.url())
        .isEqualTo("https://bsky.app/profile/test.marshal.dev/post/3kaheyt6vpc22");
    assertThat(post.createdAt()).isEqualTo(Instant.parse("2023-09-28T12:49:36.735Z"));
    assertThat(post.language()).isEqualTo("en");
    assertThat(post.threadId()).isEqualTo(post.id());
    assertThat(post.replyToId()).isNull();
    assertThat(post.engagement()).isEqualTo(new Engagement(0, 0, 0));
    assertThat(post.text()).isEmpty();
    assertThat(item.skip().reason()).contains("no text").contains("app.bsky.embed.recordWithMedia");
    assertThat(batch.nextToken()).isNull();
  }

  @Test
  void aFirstRunWithoutSinceAsksSinceLastWeekAndCountsThePostAsOlder() throws Exception {
    SourcePage page = fetch(null);

    assertThat(page.posts()).isEmpty();
    assertThat(page.skipped()).as("not looked at: it is outside the window").isEmpty();
    assertThat(page.outsideWindow()).isEqualTo(1);
    assertThat(api.server().requests(PATH).get(0).queryParam("since"))
        .contains("2026-08-26T12:00:00Z");
  }

  @Test
  void aBackfillReportsTheMediaOnlyPostAsSkippedWithItsPlaceAndReason() throws Exception {
    SourcePage page = fetch(Instant.parse("2023-01-01T00:00:00Z"));

    assertThat(page.posts()).as("never stored empty").isEmpty();
    assertThat(page.outsideWindow()).isZero();
    List<SkippedRecord> skipped = new ArrayList<>(page.skipped());
    assertThat(skipped)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source()).isEqualTo("bluesky-real");
              assertThat(s.location()).isEqualTo(URI);
              assertThat(s.reason())
                  .startsWith(
                      "post has no text (media only, embed app.bsky.embed.recordWithMedia)");
            });
    assertThat(page.last()).isTrue();
  }
}
