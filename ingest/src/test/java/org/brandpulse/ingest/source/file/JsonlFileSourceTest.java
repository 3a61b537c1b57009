package org.brandpulse.ingest.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.SourcePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFileSourceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private JsonlFileSource source(Path file, FieldMapping mapping) {
    return new JsonlFileSource(FileSourceOptions.files("social", file), mapping, CLOCK);
  }

  @Test
  void mapsTheTwitterExportIntoPosts() throws Exception {
    Path file = FileFixtures.copy("twitter.jsonl", dir, "t.jsonl");
    SourcePage page = source(file, FieldMapping.TWITTER_V1_JSONL).fetch(null);
    Post reply = page.posts().get(1);
    assertThat(reply)
        .isEqualTo(
            new Post(
                "file:social:1730000000000000002",
                "file:social",
                "https://social.example/tanvir_bd/status/1730000000000000002",
                new Author("tanvir_bd", "তানভীর", 120),
                "অ্যাকমি ফোনের ব্যাটারি দারুণ! 👍🏽",
                "bn",
                Instant.parse("2026-09-01T08:20:00Z"),
                "file:social:1730000000000000001",
                "file:social:1730000000000000001",
                Engagement.NONE,
                CLOCK.instant()));
    assertThat(page.posts().get(0).engagement()).isEqualTo(new Engagement(3, 0, 1));
    assertThat(page.posts().get(4).author().handle()).isEqualTo("dan");
    assertThat(page.posts().get(4).text()).isEqualTo("𝒜cme support never replied 😤 #fail");
    assertThat(page.last()).isTrue();
  }

  @Test
  void badLinesBecomeSkippedRecordsNamingFileLineFieldAndExpectation() throws Exception {
    Path file = FileFixtures.copy("bad.jsonl", dir, "bad.jsonl");
    SourcePage page = source(file, FieldMapping.TWITTER_V1_JSONL).fetch(null);
    assertThat(page.posts())
        .extracting(Post::nativeId, Post::createdAt)
        .containsExactly(
            tuple("1730000000000000010", Instant.parse("2026-09-01T08:15:00Z")),
            tuple("1730000000000000020", Instant.parse("2026-09-01T02:45:00Z")));
    assertThat(page.skipped())
        .extracting(SkippedRecord::location, SkippedRecord::reason)
        .containsExactly(
            tuple("bad.jsonl:2", "missing createdAt (field 'created_at')"),
            tuple("bad.jsonl:3", "missing id (field 'id_str')"),
            tuple("bad.jsonl:4", "missing text (field 'full_text')"),
            tuple(
                "bad.jsonl:5",
                "bad createdAt (field 'created_at'): '01/09/2026 08:15', expected an ISO-8601"
                    + " date-time such as 2026-09-01T08:15:00Z"),
            tuple(
                "bad.jsonl:6",
                "bad likes (field 'favorite_count'): 'many', expected a whole number >= 0"),
            tuple(
                "bad.jsonl:7",
                "bad authorFollowers (field 'user.followers_count'): '-5', expected a whole"
                    + " number >= 0"),
            tuple("bad.jsonl:8", "expected a JSON object, found ARRAY"),
            tuple("bad.jsonl:9", "field 'full_text' is a JSON OBJECT, expected a single value"),
            tuple(
                "bad.jsonl:10",
                "invalid JSON (Unexpected character ('o' (code 111)): was expecting double-quote"
                    + " to start property name), expected one JSON object per line"));
    assertThat(page.skipped().get(3).text()).contains("তারিখ ভুল");
    assertThat(page.skipped()).allSatisfy(s -> assertThat(s.source()).isEqualTo("social"));
  }

  @Test
  void anUnterminatedLastLineWaitsForItsNewline() throws Exception {
    Path file = dir.resolve("live.jsonl");
    String line1 = FileFixtures.lines("twitter.jsonl", 0);
    String line2 = FileFixtures.lines("twitter.jsonl", 1);
    Files.writeString(file, line1 + line2.substring(0, 40));
    JsonlFileSource source = source(file, FieldMapping.TWITTER_V1_JSONL);
    SourcePage first = source.fetch(null);
    assertThat(first.posts()).extracting(Post::nativeId).containsExactly("1730000000000000001");
    assertThat(first.skipped()).isEmpty();
    assertThat(first.last()).isTrue();
    FileFixtures.append(file, line2.substring(40));
    SourcePage second = source.fetch(first.nextCursor());
    assertThat(second.posts()).extracting(Post::nativeId).containsExactly("1730000000000000002");
    assertThat(source.fetch(second.nextCursor()).posts()).isEmpty();
  }

  @Test
  void aLastLineWithoutNewlineIsReadOnceTheFileStaysTheSame() throws Exception {
    Path file = dir.resolve("export.jsonl");
    Files.writeString(file, FileFixtures.lines("twitter.jsonl", 2).strip());
    JsonlFileSource source = source(file, FieldMapping.TWITTER_V1_JSONL);
    SourcePage first = source.fetch(null);
    assertThat(first.posts()).isEmpty();
    SourcePage later = source.fetch(first.nextCursor());
    assertThat(later.posts()).extracting(Post::language).containsExactly("ar");
    assertThat(source.fetch(later.nextCursor()).posts()).isEmpty();
  }

  @Test
  void aReplacedFileIsReadFromItsStart() throws Exception {
    Path file = FileFixtures.copy("twitter.jsonl", dir, "daily.jsonl");
    JsonlFileSource source = source(file, FieldMapping.TWITTER_V1_JSONL);
    String cursor = source.fetch(null).nextCursor();
    FileFixtures.copy("twitter-more.jsonl", dir, "daily.jsonl");
    assertThat(source.fetch(cursor).posts())
        .extracting(Post::nativeId)
        .containsExactly("1730000000000000008", "1730000000000000009");
  }

  @Test
  void ownFieldNamesWithAnOverride() throws Exception {
    Path file = dir.resolve("own.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a1\",\"createdAt\":\"2026-09-01T10:00:00\",\"body\":\"你好 Acme 👋\","
            + "\"likes\":2,\"replyToId\":\"a0\"}\n");
    FieldMapping mapping =
        FieldMapping.BRANDPULSE.toBuilder().text("body").zone(ZoneOffset.ofHours(6)).build();
    Post post = source(file, mapping).fetch(null).posts().get(0);
    assertThat(post.text()).isEqualTo("你好 Acme 👋");
    assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-09-01T04:00:00Z"));
    assertThat(post.replyToId()).isEqualTo("file:social:a0");
    assertThat(post.engagement().likes()).isEqualTo(2);
  }

  @Test
  void twitterTextIsEntityDecodedOnce() throws Exception {
    Path file = dir.resolve("escaped.jsonl");
    Files.writeString(
        file,
        "{\"id_str\":\"e1\",\"created_at\":\"2026-09-01T10:00:00Z\",\"full_text\":"
            + "\"Acme &amp; Co &lt;3 আমরা &gt; them, &amp;lt;b&amp;gt; shown as typed 🎉\"}\n");
    Post twitter = source(file, FieldMapping.TWITTER_V1_JSONL).fetch(null).posts().get(0);
    assertThat(twitter.text()).isEqualTo("Acme & Co <3 আমরা > them, &lt;b&gt; shown as typed 🎉");
    FieldMapping raw =
        FieldMapping.TWITTER_V1_JSONL.toBuilder().textEntities(HtmlEntities.KEEP).build();
    assertThat(source(file, raw).fetch(null).posts().get(0).text())
        .startsWith("Acme &amp; Co &lt;3");
  }

  @Test
  void aMissingFileOrABadCursorFailsThePage() {
    JsonlFileSource missing = source(dir.resolve("nope.jsonl"), FieldMapping.BRANDPULSE);
    assertThatThrownBy(() -> missing.fetch(null))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isRetryable()).isFalse())
        .hasMessageContaining("file not found: " + dir.resolve("nope.jsonl"));
    assertThatThrownBy(() -> missing.fetch("not a cursor"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("unreadable cursor 'not a cursor'");
  }
}
