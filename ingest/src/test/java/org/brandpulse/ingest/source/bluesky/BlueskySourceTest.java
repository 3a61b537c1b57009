package org.brandpulse.ingest.source.bluesky;

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

class BlueskySourceTest {

  private static final String PATH = BlueskySourceContractTest.PATH;
  private static final String ROOT =
      "bluesky:at://did:plc:nimbusmobile0000000000aa/app.bsky.feed.post/3lbq5abcde22k";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private FixtureHttpServer server;

  @BeforeEach
  void start() {
    server = FixtureHttpServer.start();
    BlueskySourceContractTest.script(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private BlueskySource source() {
    return BlueskySourceContractTest.source(server, sleeper, null);
  }

  @Test
  void postViewsMapToPostsWithRepliesLanguagesAndWebLinks() throws Exception {
    List<Post> posts = source().fetch(null).posts();

    Post reply = posts.get(0);
    assertThat(reply.text())
        .isEqualTo("@nimbus.example.com আমার X2 এর ব্যাটারি এখনো দ্রুত শেষ হচ্ছে 😞");
    assertThat(reply.language()).isEqualTo("bn");
    assertThat(reply.replyToId()).isEqualTo(ROOT);
    assertThat(reply.threadId()).isEqualTo(ROOT);
    assertThat(reply.url())
        .isEqualTo("https://bsky.app/profile/tanvir.bsky.social/post/3lbq7zq2xks2k");
    assertThat(reply.createdAt()).isEqualTo(Instant.parse("2026-09-02T11:40:12.345Z"));
    Post top = posts.get(1);
    assertThat(top.language()).isEqualTo("en");
    assertThat(top.engagement()).isEqualTo(new Engagement(48, 7, 7));
    assertThat(top.author()).isEqualTo(new Author("jess.bsky.social", "Jess 🦋", 0));
    assertThat(top.threadId()).isEqualTo(top.id());
    assertThat(posts.get(2).url())
        .isEqualTo("https://bsky.app/profile/did:plc:q6gjnaw2blty4crticxkmujt/post/3lbq6tqmu4k2o");
  }

  @Test
  void requestsAskForLatestSinceMaxAgeAndFollowTheCursor() throws Exception {
    BlueskySource source = BlueskySourceContractTest.source(server, sleeper, "app-pass-jwt");
    SourcePage second = source.fetch(source.fetch(null).nextCursor());

    List<RecordedRequest> requests = server.requests(PATH);
    assertThat(requests.get(0).queryParam("sort")).contains("latest");
    assertThat(requests.get(0).queryParam("since")).contains("2026-08-26T12:00:00Z");
    assertThat(requests.get(0).queryParam("limit")).contains("3");
    assertThat(requests.get(0).header("Authorization")).contains("Bearer app-pass-jwt");
    assertThat(requests.get(1).queryParam("cursor")).contains("3");
    assertThat(second.posts())
        .extracting(Post::text)
        .containsExactly("Nimbus X2、東京で買いました！画面がきれい ✨");
    assertThat(second.skipped())
        .extracting(s -> s.location())
        .containsExactly(
            "at://did:plc:rinak00000000000000000aa/app.bsky.feed.post/3lbq5zzxx7c2d",
            "at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbq4xwq2ck2n");
  }

  @Test
  void anInvalidCursorRestartsFromTheMarkAndKeepsIt() throws Exception {
    BlueskySource source = source();
    String midway = source.fetch(null).nextCursor();
    server
        .on(PATH)
        .query("cursor", "3")
        .respond(
            FixtureResponse.json("{\"error\":\"InvalidRequest\",\"message\":\"Invalid cursor\"}")
                .withStatus(400));

    SourcePage page = source.fetch(midway);

    assertThat(page.skipped().get(0).reason())
        .contains("paging token expired or invalid (HTTP 400")
        .contains("Invalid cursor");
    assertThat(page.posts()).hasSize(3);
    assertThat(page.nextCursor()).contains("\"token\":\"3\"");
  }

  @Test
  void retryAfterIsHonouredBeforeThePageArrives() throws Exception {
    server
        .on(PATH)
        .respond(
            FixtureResponse.status(429).withHeader("Retry-After", "3"),
            BlueskySourceContractTest.page("search-page1.json"));

    assertThat(source().fetch(null).posts()).hasSize(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aTruncatedBodyIsSkippedWithItsPosition() throws Exception {
    String whole =
        new String(
            BlueskySourceContractTest.page("search-page1.json").body(),
            java.nio.charset.StandardCharsets.UTF_8);
    server.on(PATH).respond(FixtureResponse.json(whole.substring(0, whole.length() / 2)));

    SourcePage page = source().fetch(null);

    assertThat(page.posts()).isEmpty();
    assertThat(page.last()).isTrue();
    assertThat(page.skipped().get(0).reason()).startsWith("malformed JSON at line ");
    assertThat(page.skipped().get(0).location()).contains(PATH + "?q=nimbus");
  }
}
