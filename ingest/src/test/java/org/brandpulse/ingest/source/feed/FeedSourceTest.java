package org.brandpulse.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedSourceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);

  private final FixtureHttpServer server = FixtureHttpServer.start();
  private final HttpFetcher fetcher =
      new HttpFetcher(
          HttpOptions.DEFAULTS.withMaxAttempts(2).withRequestTimeout(Duration.ofSeconds(5)),
          new RecordingSleeper(),
          CLOCK);

  @AfterEach
  void stop() {
    server.close();
  }

  private FeedSource source(String... paths) {
    java.net.URI[] uris = new java.net.URI[paths.length];
    for (int i = 0; i < paths.length; i++) {
      server.on(paths[i]).respond(FixtureResponse.resource("source/feed" + paths[i]));
      uris[i] = server.uri(paths[i]);
    }
    return new FeedSource(FeedSourceOptions.of("news", uris), fetcher, CLOCK);
  }

  @Test
  void rss2ItemsBecomePostsWithHtmlStripped() throws Exception {
    SourcePage page = source("/rss2.xml").fetch(null);
    Post battery = page.posts().get(1);
    assertThat(battery.id()).isEqualTo("feed:news:https://blog.example/acme-battery#g");
    assertThat(battery.url()).isEqualTo("https://blog.example/acme-battery");
    assertThat(battery.text())
        .isEqualTo("Acme battery review 🔋\n\nThe Acme phone lasts two days & charges fast.");
    assertThat(battery.author()).isEqualTo(new Author(null, "Rina K", 0));
    assertThat(battery.language()).isEqualTo("en");
    assertThat(battery.createdAt()).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
    assertThat(battery.fetchedAt()).isEqualTo(CLOCK.instant());
    Post bengali = page.posts().get(0);
    assertThat(bengali.text())
        .isEqualTo("অ্যাকমি ফোন: আমাদের মতামত\n\nব্যাটারি দারুণ, ক্যামেরা মোটামুটি 👍🏽");
    assertThat(bengali.author()).isEqualTo(Author.UNKNOWN);
  }

  @Test
  void atomUsesIdUpdatedAndHtmlContent() throws Exception {
    Post post = source("/atom.xml").fetch(null).posts().get(0);
    assertThat(post.nativeId()).isEqualTo("urn:uuid:a-2");
    assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-09-01T02:00:00Z"));
    assertThat(post.text()).isEqualTo("アクメ新製品 🎉\n\n新しい 電話 が出ました");
    assertThat(post.author().name()).isEqualTo("ゆき");
    assertThat(post.url()).isEqualTo("https://news.example/a-2");
  }

  @Test
  void rss10UsesDcDateAndCreator() throws Exception {
    Post post = source("/rss1.rdf").fetch(null).posts().get(0);
    assertThat(post.text()).isEqualTo("RSS 1.0 item ✨\n\nPlain & simple");
    assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
    assertThat(post.author().name()).isEqualTo("Sumi");
  }

  @Test
  void undatedItemsAreStoredAsOfTheRunThatFirstSawThemAndItemsWithoutIdSkipped() throws Exception {
    FeedSource source = source("/undated.xml", "/rss091.xml");
    SourcePage page = source.fetch(null);
    String url = server.uri("/undated.xml").toString();
    assertThat(page.posts())
        .extracting(Post::nativeId, Post::createdAt)
        .containsExactly(
            tuple("s-1", Instant.parse("2026-09-01T08:00:00Z")), tuple("s-2", CLOCK.instant()));
    assertThat(page.skipped())
        .extracting(SkippedRecord::location, SkippedRecord::reason, SkippedRecord::text)
        .containsExactly(tuple(url, "item has no guid, id or link", "No id or link 🆔"));
    SourcePage old = source.fetch(page.nextCursor());
    assertThat(old.posts()).extracting(Post::text).containsExactly("পুরনো ফিড\n\nরাতের খবর 🌙");
    assertThat(old.posts().get(0).createdAt()).isEqualTo(CLOCK.instant());
    SourcePage again = source.fetch(old.nextCursor());
    assertThat(again.posts()).as("remembered: not stored twice").isEmpty();
    assertThat(again.skipped())
        .extracting(SkippedRecord::reason)
        .containsExactly("item has no guid, id or link");
  }

  @Test
  void aBrokenFeedIsSkippedAndTheOthersContinue() throws Exception {
    FeedSource source = source("/malformed.xml", "/rss1.rdf");
    SourcePage broken = source.fetch(null);
    assertThat(broken.posts()).isEmpty();
    assertThat(broken.last()).isFalse();
    SkippedRecord skipped = broken.skipped().get(0);
    assertThat(skipped.location()).isEqualTo(server.uri("/malformed.xml").toString());
    assertThat(skipped.reason())
        .startsWith("not an RSS or Atom feed (")
        .endsWith("expected RSS 0.9x/1.0/2.0 or Atom");
    assertThat(skipped.text()).contains("Broken 💥");
    SourcePage next = source.fetch(broken.nextCursor());
    assertThat(next.posts()).hasSize(1);
    assertThat(next.last()).isTrue();
  }

  @Test
  void anUnreachableFeedIsSkippedWithTheFetchError() throws Exception {
    server.on("/gone").respond(FixtureResponse.text("gone").withStatus(410));
    FeedSource source =
        new FeedSource(FeedSourceOptions.of("news", server.uri("/gone")), fetcher, CLOCK);
    SkippedRecord skipped = source.fetch(null).skipped().get(0);
    assertThat(skipped.reason())
        .startsWith("feed not fetched: GET " + server.uri("/gone") + " failed: HTTP 410");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    SourcePage page = source("/xxe.xml").fetch(null);
    assertThat(page.skipped()).isEmpty();
    assertThat(page.posts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.text()).isEmpty(); // &secret; (file:///etc/hostname) left unexpanded
              assertThat(p.url()).isEqualTo("https://evil.example/1");
            });
  }

  @Test
  void sendsValidatorsBackAndTreats304AsNothingNew() throws Exception {
    server
        .on("/c")
        .respond(
            FixtureResponse.resource("source/feed/rss1.rdf")
                .withHeader("ETag", "\"v1\"")
                .withHeader("Last-Modified", "Tue, 01 Sep 2026 08:00:00 GMT"),
            FixtureResponse.status(304));
    FeedSource source =
        new FeedSource(FeedSourceOptions.of("news", server.uri("/c")), fetcher, CLOCK);
    SourcePage first = source.fetch(null);
    SourcePage second = source.fetch(first.nextCursor());
    assertThat(second.posts()).isEmpty();
    assertThat(second.nextCursor()).isEqualTo(first.nextCursor());
    var conditional = server.requests("/c").get(1);
    assertThat(conditional.header("If-None-Match")).contains("\"v1\"");
    assertThat(conditional.header("If-Modified-Since")).contains("Tue, 01 Sep 2026 08:00:00 GMT");
  }

  @Test
  void itemsOlderThanTheWindowAreTakenAsRead() throws Exception {
    server.on("/w").respond(FixtureResponse.resource("source/feed/rss2.xml"));
    FeedSource source =
        new FeedSource(
            FeedSourceOptions.of("news", server.uri("/w")).withSeenWindow(Duration.ofHours(2)),
            fetcher,
            CLOCK);
    String cursor = source.fetch(null).nextCursor();
    assertThat(cursor).doesNotContain("acme-bn").contains("no-guid");
    server.on("/w").respond(FixtureResponse.resource("source/feed/rss2-v2.xml"));
    assertThat(source.fetch(cursor).posts())
        .extracting(Post::nativeId)
        .containsExactly("https://blog.example/acme-price#g");
  }
}
