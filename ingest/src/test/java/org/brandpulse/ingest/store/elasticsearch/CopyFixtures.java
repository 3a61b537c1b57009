package org.brandpulse.ingest.store.elasticsearch;

import static org.brandpulse.ingest.testing.Posts.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.testing.Posts;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.SentimentLabel;

/** Posts for copy tests: multilingual text, ids whose UTF-8 and UTF-16 orders differ. */
final class CopyFixtures {

  private static final String[] TEXTS = {
    "Bazarly delivered my parcel late again",
    "বাজারলি থেকে অর্ডার করেছি, পার্সেল এখনও আসেনি",
    "شكرا بازارلي التوصيل سريع 👍",
    "配達が遅い 📦 バザーリー",
    "Love the new CAFÉ menu 😍 #bazarly"
  };

  private CopyFixtures() {}

  static List<AnalyzedPost> posts(int n) {
    List<AnalyzedPost> posts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // U+FF5E sorts after U+1F600 in UTF-16 but before it in UTF-8: ids mix both.
      String suffix = i % 7 == 0 ? "😀" : i % 7 == 1 ? "～" : "";
      posts.add(
          post(String.format(Locale.ROOT, "social:%05d%s", i, suffix))
              .text(TEXTS[i % TEXTS.length] + " #" + i)
              .at(Posts.T0.plusSeconds(3_600L * i))
              .sentiment(i % 3 == 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE)
              .complaint(
                  i % 3 == 0 ? ComplaintCategory.LATE_MISSING_DELIVERY : ComplaintCategory.NONE,
                  i % 6 == 0)
              .keywords("parcel", "k" + (i % 10))
              .reach(i)
              .build());
    }
    return posts;
  }
}
