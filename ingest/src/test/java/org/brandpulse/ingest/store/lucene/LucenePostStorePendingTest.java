package org.brandpulse.ingest.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.brandpulse.ingest.testing.Posts.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.dedup.DedupKeys;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts written but not yet in a refreshed searcher ("pending") answer the reads an ingest makes
 * after each chunk ({@code get}, {@code getAll}, {@code dedupCandidates}) exactly as a store that
 * commits and refreshes after every upsert does, and every other read sees them too; a crash while
 * posts are pending loses none of them.
 */
class LucenePostStorePendingTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  @TempDir Path dir;

  @Test
  void pendingPostsAnswerAsACommittedStoreDoes() throws Exception {
    Random random = new Random(19);
    List<String> texts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    // a commit every 7 posts: batches of 1 to 60 posts leave some pending, some committed, and
    // commits running in the background while the next batches are written and read
    try (LucenePostStore pending = LucenePostStore.open(dir.resolve("pending"), 7);
        LucenePostStore committed = LucenePostStore.open(dir.resolve("committed"), 1)) {
      int next = 0;
      int compared = 0;
      int cut = 0;
      for (int batch = 0; batch < 40; batch++) {
        List<AnalyzedPost> posts = new ArrayList<>();
        Set<String> inBatch = new LinkedHashSet<>();
        for (int i = 0; i < 1 + random.nextInt(60); i++) {
          // some posts are written again (a refetch, a copy counted): the newer version wins
          String id =
              random.nextInt(4) == 0 && !ids.isEmpty()
                  ? ids.get(random.nextInt(ids.size()))
                  : "social:" + next++;
          if (!inBatch.add(id)) {
            continue;
          }
          ids.add(id);
          String text =
              random.nextInt(3) == 0 && !texts.isEmpty()
                  ? texts.get(random.nextInt(texts.size()))
                  : DedupCandidateScanTest.sentence(random);
          texts.add(text);
          Instant at = T0.plus(Duration.ofMinutes(random.nextInt(6 * 24 * 60) / 30 * 30));
          posts.add(
              post(id)
                  .at(at.toString())
                  .text(text)
                  .replyTo(random.nextInt(4) == 0 ? "social:0" : null)
                  .build());
        }
        pending.upsert(posts);
        committed.upsert(posts);
        for (int q = 0; q < 8; q++) {
          Set<String> keys = new LinkedHashSet<>();
          for (int k = 0; k < 1 + random.nextInt(20); k++) {
            keys.addAll(DedupKeys.of(texts.get(random.nextInt(texts.size()))).all());
          }
          Instant from =
              random.nextInt(5) == 0 ? null : T0.plus(Duration.ofHours(random.nextInt(7 * 24)));
          Instant to = from == null ? null : from.plus(Duration.ofHours(random.nextInt(72)));
          int limit = 1 + random.nextInt(q % 2 == 0 ? 4 : 300);
          for (Boolean scan : new Boolean[] {null, false, true}) {
            if (Boolean.TRUE.equals(scan) && from == null) {
              continue;
            }
            assertThat(pending.dedupCandidates(keys, from, to, limit, scan))
                .as("batch %d query %d scan %s", batch, q, scan)
                .isEqualTo(committed.dedupCandidates(keys, from, to, limit, scan));
          }
          cut += committed.dedupCandidates(keys, from, to, limit).size() == limit ? 1 : 0;
          compared++;
          List<String> some = new ArrayList<>();
          for (int k = 0; k < 1 + random.nextInt(30); k++) {
            some.add(random.nextInt(10) == 0 ? "social:none" : ids.get(random.nextInt(ids.size())));
          }
          assertThat(pending.getAll(some)).isEqualTo(committed.getAll(some));
          String one = ids.get(random.nextInt(ids.size()));
          assertThat(pending.get(one)).isEqualTo(committed.get(one));
        }
        if (batch % 10 == 9) {
          // a read that is not pending-aware refreshes first, and sees every write
          assertThat(pending.count(PostFilter.ALL)).isEqualTo(committed.count(PostFilter.ALL));
        }
      }
      assertThat(compared).isEqualTo(320);
      assertThat(cut).as("look-ups cut off at their limit").isGreaterThan(40);
      assertThat(pending.count(PostFilter.ALL)).isEqualTo(new LinkedHashSet<>(ids).size());
    }
  }

  @Test
  void aPostTheIndexCannotTakeIsRefusedBeforeAnythingOfItsBatchIsWritten() throws Exception {
    try (LucenePostStore store = LucenePostStore.open(dir.resolve("index"))) {
      AnalyzedPost before = post("social:1").text("fine").build();
      AnalyzedPost immense = post("social:2").keywords("ক".repeat(12_000)).build();
      assertThatThrownBy(() -> store.upsert(List.of(before, immense)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("social:1")
          .hasMessageContaining("field keyword")
          .hasMessageContaining("36000 bytes");
      assertThat(store.count(PostFilter.ALL)).isZero();
      store.upsert(List.of(before));
      assertThat(store.get("social:1")).isPresent();
    }
    try (LucenePostStore reopened = LucenePostStore.open(dir.resolve("index"))) {
      assertThat(reopened.count(PostFilter.ALL)).isEqualTo(1);
    }
  }

  @Test
  void aCrashWithPostsPendingLosesNoneOfThem() throws Exception {
    Path index = dir.resolve("index");
    Path copy = dir.resolve("copy");
    try (LucenePostStore store = LucenePostStore.open(index)) {
      store.upsert(LucenePostStoreDurabilityTest.batch(0, 300));
    }
    LucenePostStore store = LucenePostStore.open(index);
    try {
      for (int b = 0; b < 5; b++) {
        store.upsert(LucenePostStoreDurabilityTest.batch(300 + b * 50, 50));
      }
      // 300 posts committed, 250 only in the translog: the process dies now (a copy of the disk)
      LucenePostStoreDurabilityTest.copyFiles(index, copy);
    } finally {
      store.close();
    }
    try (LucenePostStore reopened = LucenePostStore.open(copy)) {
      assertThat(reopened.count(PostFilter.ALL)).isEqualTo(550);
      assertThat(reopened.get(LucenePostStoreDurabilityTest.CrashingWriter.id(549))).isPresent();
    }
    try (Stream<Path> files = Files.list(copy)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tlog")))
          .as("translog files once the replay is committed")
          .hasSize(1);
    }
  }
}
