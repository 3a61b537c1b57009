package org.brandpulse.ingest.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.testing.RealData;
import org.brandpulse.ingest.testing.SourceRead;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Kaggle "Customer Support on Twitter" sample (5,000 tweets, {@code
 * real/support-tweets/twcs-sample.csv}) read as a CSV export.
 */
class TwcsSampleTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);

  /** The export's columns; dates as Twitter v1 writes them. */
  static final FieldMapping TWCS =
      FieldMapping.BRANDPULSE.toBuilder()
          .id("tweet_id")
          .authorHandle("author_id")
          .text("text")
          .createdAt("created_at")
          .datePattern("EEE MMM dd HH:mm:ss Z yyyy")
          .replyToId("in_response_to_tweet_id")
          .build();

  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-f]+|[a-z]+);");

  private static SourceRead read;
  private static Map<String, Post> byId;

  @BeforeAll
  static void readTheWholeFile() throws Exception {
    Path file = RealData.require("support-tweets/twcs-sample.csv");
    read =
        SourceRead.toLast(
            new CsvFileSource(FileSourceOptions.files("twcs", file), TWCS, CLOCK), null);
    byId = read.posts().stream().collect(Collectors.toMap(Post::nativeId, Function.identity()));
  }

  @Test
  void everyRowIsStoredAndNoneSkipped() {
    assertThat(read.posts()).hasSize(5_000);
    assertThat(byId).hasSize(5_000);
    assertThat(read.skipped()).isEmpty();
  }

  @Test
  void twitterEntitiesAreDecodedOnceAndNoneIsLeft() {
    assertThat(byId.get("243").text())
        .isEqualTo(
            "@115767 Would you please DM the Adobe Product & your purchase details that you have so"
                + " that we can ask our experts to follow up. ^Raj https://t.co/iuwZCjz4Or");
    assertThat(byId.get("5816").text()).startsWith("I️ <— wtf is going on");
    assertThat(byId.get("61").text())
        .contains(">All of VERIZON IS DOWN<\nWhen can we expect a fix ?");
    assertThat(read.posts()).extracting(Post::text).noneMatch(text -> ENTITY.matcher(text).find());
  }

  @Test
  void theBareCrTweetOnLine2589IsOneRecordWithItsLineBreaks() {
    assertThat(byId.get("3399").text())
        .isEqualTo("@AskPayPal \n\nI just love the start of email 😁 https://t.co/8u1Pf5rJoN");
    assertThat(byId.get("3399").createdAt()).isEqualTo(Instant.parse("2017-10-31T18:13:06Z"));
    assertThat(byId.get("3400").author().handle()).isEqualTo("AskPlayStation");
  }
}
