package org.brandpulse.ingest.store.lucene;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.store.Facet;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.TextAnalysis;

/**
 * Writes N generated posts (English, Bengali, Arabic, emoji) into a fresh {@link LucenePostStore}
 * in upserts of 500, then prints posts per second, heap in use and the time of a few report
 * queries.
 *
 * <p>Usage: {@code StoreBenchmark [N=100000] [indexDir=a new temp dir, deleted afterwards]}.
 */
public final class StoreBenchmark {

  private static final int BATCH = 500;
  private static final String[] WORDS = {
    "bazarly", "delivery", "late", "refund", "parcel", "broken", "great", "support", "order", "app",
    "বাজারলি", "অর্ডার", "দেরি", "ফেরত", "شكرا", "طلب", "😡", "👍🏽", "price", "discount"
  };

  private StoreBenchmark() {}

  public static void main(String[] args) throws IOException, StoreException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    boolean temp = args.length < 2;
    Path dir = temp ? Files.createTempDirectory("store-benchmark") : Path.of(args[1]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SplittableRandom random = new SplittableRandom(42);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    try (LucenePostStore store = LucenePostStore.open(dir)) {
      long start = System.nanoTime();
      List<AnalyzedPost> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < n; i++) {
        batch.add(post(i, random, t0));
        if (batch.size() == BATCH || i == n - 1) {
          store.upsert(batch);
          batch.clear();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "upserted %d posts in %.1f s: %.0f posts/s (batches of %d, each committed)%n",
          n,
          seconds,
          n / seconds,
          BATCH);
      long queryStart = System.nanoTime();
      PostFilter all = PostFilter.ALL;
      long count = store.count(all);
      int days = store.countPerDay(all, ZoneId.of("Asia/Dhaka")).size();
      int brands = store.countBy(Facet.BRAND, all).size();
      int keywords = store.topKeywords(all, 20).size();
      out.printf(
          Locale.ROOT,
          "count %d, %d days, %d brands, %d keywords in %.0f ms%n",
          count,
          days,
          brands,
          keywords,
          (System.nanoTime() - queryStart) / 1e6);
      System.gc();
      Runtime rt = Runtime.getRuntime();
      out.printf(
          Locale.ROOT,
          "heap used %d MB (max %d MB), index %d MB on disk%n",
          (rt.totalMemory() - rt.freeMemory()) >> 20,
          rt.maxMemory() >> 20,
          size(dir) >> 20);
    } finally {
      if (temp) {
        delete(dir);
      }
    }
  }

  private static AnalyzedPost post(int i, SplittableRandom r, Instant t0) {
    StringBuilder text = new StringBuilder();
    int words = 8 + r.nextInt(30);
    for (int w = 0; w < words; w++) {
      text.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(50)).append(' ');
    }
    String source = i % 3 == 0 ? "reddit" : i % 3 == 1 ? "mastodon@mastodon.social" : "rss";
    Post post =
        new Post(
            Post.id(source, Integer.toString(i)),
            source,
            "https://example.org/p/" + i,
            new Author("user" + r.nextInt(5_000), null, r.nextInt(100_000)),
            text.toString().trim(),
            "en",
            t0.plusSeconds(i * 37L),
            null,
            null,
            new Engagement(r.nextInt(100), r.nextInt(20), r.nextInt(10)),
            t0.plusSeconds(i * 37L + 60));
    SentimentLabel label = SentimentLabel.values()[r.nextInt(3)];
    ComplaintCategory category =
        ComplaintCategory.values()[r.nextInt(ComplaintCategory.values().length)];
    TextAnalysis analysis =
        new TextAnalysis(
            i % 4 == 0 ? "bn" : "en",
            new Sentiment(label, 0.0),
            category == ComplaintCategory.NONE
                ? Complaint.NONE
                : new Complaint(0.8, category, Severity.MEDIUM, r.nextBoolean()),
            List.of(WORDS[r.nextInt(WORDS.length)], WORDS[r.nextInt(WORDS.length)] + " order"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "fast");
    return new AnalyzedPost(
        post, i % 5 == 0 ? Set.of("bazarly", "shopco") : Set.of("bazarly"), analysis, Set.of());
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long total = 0;
      for (Path f : files.toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
