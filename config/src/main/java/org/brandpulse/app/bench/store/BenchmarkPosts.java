package org.brandpulse.app.bench.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.TextAnalysis;

/**
 * Deterministic generated posts for {@link StoreBenchmark}: post {@code i} is always the same
 * (seeded by {@code i}), so every run and every store indexes identical data. Text mixes English,
 * Bengali, Arabic and emoji; posts are 37 seconds apart from 2026-01-01, three sources, two brands,
 * all sentiments and complaint categories.
 */
final class BenchmarkPosts {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static final String[] WORDS = {
    "bazarly", "delivery", "late", "refund", "parcel", "broken", "great", "support", "order", "app",
    "বাজারলি", "অর্ডার", "দেরি", "ফেরত", "شكرا", "طلب", "😡", "👍🏽", "price", "discount"
  };

  private BenchmarkPosts() {}

  /** Post number {@code i}. */
  static AnalyzedPost post(int i) {
    SplittableRandom r = new SplittableRandom(0x5eedL * 31 + i);
    StringBuilder text = new StringBuilder();
    int words = 8 + r.nextInt(30);
    for (int w = 0; w < words; w++) {
      text.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(50)).append(' ');
    }
    String source = i % 3 == 0 ? "reddit" : i % 3 == 1 ? "mastodon@mastodon.social" : "rss";
    Instant at = T0.plusSeconds(i * 37L);
    Post post =
        new Post(
            Post.id(source, Integer.toString(i)),
            source,
            "https://example.org/p/" + i,
            new Author("user" + r.nextInt(5_000), null, r.nextInt(100_000)),
            text.toString().trim(),
            i % 4 == 0 ? "bn" : "en",
            at,
            null,
            null,
            new Engagement(r.nextInt(100), r.nextInt(20), r.nextInt(10)),
            at.plusSeconds(60));
    SentimentLabel label = SentimentLabel.values()[r.nextInt(SentimentLabel.values().length)];
    ComplaintCategory category =
        ComplaintCategory.values()[r.nextInt(ComplaintCategory.values().length)];
    TextAnalysis analysis =
        new TextAnalysis(
            i % 4 == 0 ? "bn" : "en",
            new Sentiment(label, r.nextDouble() * 2 - 1),
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
}
