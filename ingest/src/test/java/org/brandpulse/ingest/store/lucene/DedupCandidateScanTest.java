package org.brandpulse.ingest.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brandpulse.ingest.testing.Posts.post;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.dedup.DedupKeys;
import org.brandpulse.ingest.store.DedupCandidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways {@link LucenePostStore} finds de-duplication candidates (seeking the keys, walking
 * the time range's doc values) give the same candidates in the same order, over many segments,
 * re-written posts (deleted older versions), ties in time, limits and ranges of every width.
 */
class DedupCandidateScanTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final String[] WORDS = {
    "order",
    "late",
    "refund",
    "broken",
    "phone",
    "support",
    "never",
    "answered",
    "bazarly",
    "again",
    "ঢাকা",
    "ডেলিভারি",
    "still",
    "waiting",
    "😡"
  };

  @TempDir Path dir;

  @Test
  void scanningTheRangeFindsWhatSeekingTheKeysFinds() throws Exception {
    lookUpsAgree(false);
  }

  /**
   * Batches written in creation order, as an ingest writes them: each segment holds a day or so of
   * posts, and the key look-up searches only the segments overlapping its range.
   */
  @Test
  void seekingOnlyTheSegmentsOfTheRangeFindsWhatScanningFinds() throws Exception {
    lookUpsAgree(true);
  }

  private void lookUpsAgree(boolean timeOrdered) throws Exception {
    Random random = new Random(18);
    List<String> texts = new ArrayList<>();
    // a commit per upsert: a segment per batch, as the pending posts are not what this tests
    try (LucenePostStore store = LucenePostStore.open(dir.resolve("index"), 1)) {
      int id = 0;
      for (int batch = 0; batch < 12; batch++) {
        List<AnalyzedPost> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          // some posts are written again (a refetch): their older version is deleted
          int postId = random.nextInt(5) == 0 && id > 0 ? random.nextInt(id) : id++;
          String text =
              random.nextInt(3) == 0 && !texts.isEmpty()
                  ? texts.get(random.nextInt(texts.size()))
                  : sentence(random);
          texts.add(text);
          Instant at =
              timeOrdered
                  ? T0.plus(
                      Duration.ofMinutes((batch * 12 * 60 + random.nextInt(14 * 60)) / 30 * 30))
                  : T0.plus(Duration.ofMinutes(random.nextInt(6 * 24 * 60) / 30 * 30));
          posts.add(
              post("social:" + postId)
                  .at(at.toString())
                  .text(text)
                  .replyTo(random.nextInt(4) == 0 ? "social:0" : null)
                  .build());
        }
        store.upsert(posts);
      }
      int found = 0;
      int cut = 0;
      for (int q = 0; q < 300; q++) {
        Set<String> keys = new LinkedHashSet<>();
        for (int k = 0; k < 1 + random.nextInt(30); k++) {
          keys.addAll(DedupKeys.of(texts.get(random.nextInt(texts.size()))).all());
        }
        keys.add("no-such-key-" + q);
        Instant from = T0.plus(Duration.ofHours(random.nextInt(7 * 24)));
        Instant to = from.plus(Duration.ofHours(random.nextInt(72)));
        int limit = 1 + random.nextInt(q % 2 == 0 ? 5 : 500);
        List<DedupCandidate> seek = store.dedupCandidates(keys, from, to, limit, false);
        List<DedupCandidate> scan = store.dedupCandidates(keys, from, to, limit, true);
        List<DedupCandidate> chosen = store.dedupCandidates(keys, from, to, limit);
        assertThat(scan).as("query %d", q).isEqualTo(seek);
        assertThat(chosen).as("query %d", q).isEqualTo(seek);
        found += seek.isEmpty() ? 0 : 1;
        cut += seek.size() == limit ? 1 : 0;
      }
      assertThat(found).as("queries with candidates").isGreaterThan(100);
      assertThat(cut).as("queries cut off at their limit").isGreaterThan(30);
    }
  }

  /** A random sentence of a few words, English and Bengali (shared with other store tests). */
  static String sentence(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2 + random.nextInt(9); i++) {
      b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return b.toString().trim();
  }
}
