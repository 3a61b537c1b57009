package org.brandpulse.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.brandpulse.app.testing.WrapBean;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.SentimentLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class IngestPostsJobTest {

  private static final Instant RUN = Instant.parse("2026-11-20T10:00:00Z");

  @TempDir Path dir;

  @Test
  void storesMatchedAnalysedPostsCountsCopiesAndReportsSkips() throws Exception {
    IngestFixture fixture = new IngestFixture(dir);
    IngestResult result = fixture.ingest(RUN);

    assertThat(result.status()).isEqualTo("COMPLETED");
    SourceRun social = result.sources().get(0);
    assertThat(social.read()).isEqualTo(12);
    assertThat(social.unmatched()).isEqualTo(1);
    assertThat(social.copies()).isEqualTo(1);
    assertThat(social.stored()).isEqualTo(10);
    assertThat(result.sources().get(1).stored()).isEqualTo(1);

    List<AnalyzedPost> posts = fixture.posts();
    assertThat(posts).extracting(AnalyzedPost::id).doesNotContain("social:1004", "social:1005");
    AnalyzedPost complaint = byId(posts, "social:1001");
    assertThat(complaint.duplicateIds()).containsExactly("social:1005");
    assertThat(complaint.brands()).containsExactly("Bazarly");
    assertThat(complaint.analysis().complaint().category())
        .isEqualTo(ComplaintCategory.DAMAGED_DEFECTIVE);
    assertThat(complaint.analysis().complaint().needsReply()).isTrue();
    assertThat(complaint.post().fetchedAt()).isEqualTo(RUN);
    assertThat(byId(posts, "social:1003").brands())
        .containsExactlyInAnyOrder("Bazarly", "ShopNest");
    assertThat(byId(posts, "social:1002").analysis().language()).isEqualTo("bn");
    assertThat(byId(posts, "social:1000").analysis().sentiment().label())
        .isEqualTo(SentimentLabel.POSITIVE);
    assertThat(byId(posts, "social:1008").analysis().complaint().needsReply())
        .as("the brand's own reply never needs a reply")
        .isFalse();

    assertThat(result.skips())
        .extracting(s -> s.source() + " " + s.location())
        .containsExactly("social posts.jsonl:6", "social posts.jsonl:10");
    assertThat(result.skips().get(0).reason()).isNotBlank();
  }

  @Test
  void everyCommittedChunkIsReported() throws Exception {
    IngestFixture fixture = new IngestFixture(dir);
    List<String> chunks = new ArrayList<>();
    IngestProgress progress =
        new IngestProgress() {
          @Override
          public void chunkDone(String source, long read, long written, long filtered) {
            chunks.add(source + " " + filtered);
          }
        };
    try (ConfigurableApplicationContext ctx = fixture.start()) {
      ctx.getBean(PostIngestion.class).run(RUN, List.of(), progress);
      // Spring Batch 6 calls only the Chunk forms of a chunk listener (which also save the counts
      // in each chunk's transaction and clear the de-duplication window): the progress hears of
      // each chunk (chunkSize 3, 12 posts)
      assertThat(chunks.stream().filter(c -> c.startsWith("social ")).count()).isEqualTo(4);
      assertThat(chunks).contains("social 1");
    }
  }

  @Test
  void aLaterRunReadsOnlyWhatIsNew() throws Exception {
    IngestFixture fixture = new IngestFixture(dir);
    fixture.ingest(RUN);
    IngestResult unchanged = fixture.ingest(RUN.plusSeconds(3600));
    assertThat(unchanged.read()).isZero();

    fixture.copy("more-posts.jsonl", "exports/posts-2.jsonl");
    IngestResult second = fixture.ingest(RUN.plusSeconds(7200));
    assertThat(second.read()).isEqualTo(2);
    assertThat(second.stored()).isEqualTo(2);
    assertThat(fixture.posts()).hasSize(13);
  }

  @Test
  void theBrandsOwnRepliesAreKeptUnfoldedAndRecordedEvenWhenTheyDoNotNameTheBrand()
      throws Exception {
    IngestFixture fixture = new IngestFixture(dir);
    fixture.ingest(RUN);
    fixture.copy("own-replies.jsonl", "exports/posts-3.jsonl");
    IngestResult second = fixture.ingest(RUN.plusSeconds(3600));

    assertThat(second.read()).isEqualTo(3);
    assertThat(second.stored()).as("two templated replies, each kept").isEqualTo(2);
    List<AnalyzedPost> posts = fixture.posts();
    AnalyzedPost reply = byId(posts, "social:1031");
    assertThat(reply.brands()).containsExactly("Bazarly");
    assertThat(reply.post().replyToId()).as("3395.0 from a spreadsheet").isEqualTo("social:1002");
    assertThat(reply.analysis().complaint().needsReply()).isFalse();
    assertThat(byId(posts, "social:1030").duplicateIds()).isEmpty();
    assertThat(posts).extracting(AnalyzedPost::id).doesNotContain("social:1032");
    try (ConfigurableApplicationContext ctx = fixture.start()) {
      assertThat(
              ctx.getBean(JdbcTemplate.class)
                  .queryForList(
                      "SELECT POST_ID || ' ' || BRAND || ' ' || REPLY_TO_ID FROM OWN_REPLY"
                          + " ORDER BY POST_ID",
                      String.class))
          .contains("social:1030 Bazarly social:1001", "social:1031 Bazarly social:1002");
    }
  }

  @Test
  void aRunThatFailedMidwayResumesToTheDataOfOneCleanRun(@TempDir Path cleanDir) throws Exception {
    IngestFixture clean = new IngestFixture(cleanDir);
    clean.ingest(RUN);

    IngestFixture crashed = new IngestFixture(dir);
    try {
      crashed.ingest(RUN, crashAfterUpserts(2));
    } catch (RuntimeException expected) {
      // the run died after the store wrote its second chunk but before the chunk committed
    }
    IngestResult resumed = crashed.ingest(RUN);

    assertThat(resumed.resumed()).isTrue();
    assertThat(crashed.posts()).isEqualTo(clean.posts());
    assertThat(crashed.skips()).isEqualTo(clean.skips());
  }

  @Test
  void aKilledRunLeftStartedIsRecoveredAndResumed(@TempDir Path cleanDir) throws Exception {
    IngestFixture clean = new IngestFixture(cleanDir);
    clean.ingest(RUN);

    IngestFixture killed = new IngestFixture(dir);
    try {
      killed.ingest(RUN, crashAfterUpserts(3));
    } catch (RuntimeException expected) {
      // the process "died" here
    }
    try (ConfigurableApplicationContext ctx = killed.start()) {
      // what kill -9 leaves behind: the execution and its step still STARTED, no end time
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
      jdbc.update(
          "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL"
              + " WHERE STATUS = 'FAILED'");
    }
    IngestResult resumed = killed.ingest(RUN);

    assertThat(resumed.resumed()).isTrue();
    assertThat(killed.posts()).isEqualTo(clean.posts());
  }

  private static AnalyzedPost byId(List<AnalyzedPost> posts, String id) {
    return posts.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  /** Wraps the store so that the n-th upsert writes and then fails, as if the process died. */
  static ApplicationContextInitializer<ConfigurableApplicationContext> crashAfterUpserts(int n) {
    return WrapBean.of(
        PostStore.class,
        () -> {
          AtomicInteger upserts = new AtomicInteger();
          return (method, args, proceed) -> {
            Object out = proceed.call();
            if (method.getName().equals("upsert") && upserts.incrementAndGet() == n) {
              throw new SimulatedCrash();
            }
            return out;
          };
        });
  }

  /** Not an Exception: the step's skip policy must not swallow it. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash() {
      super("simulated crash after the store wrote a chunk");
    }
  }
}
