package org.brandpulse.nlp.complaint;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.eval.AirlineTweet;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * A sanity check of the category rules against the annotated negative reasons of the Twitter US
 * Airline Sentiment data, where a reason maps onto a category: Late Flight, Lost Luggage and
 * Cancelled Flight onto {@link ComplaintCategory#LATE_MISSING_DELIVERY}, Damaged Luggage onto
 * {@link ComplaintCategory#DAMAGED_DEFECTIVE}, Customer Service Issue and Flight Attendant
 * Complaints onto {@link ComplaintCategory#CUSTOMER_SERVICE}. Other reasons (Bad Flight, Flight
 * Booking Problems, longlines, Can't Tell) are skipped. The category is judged from the cues alone,
 * as if the tweet were a complaint.
 */
public final class AirlineCategoryCheck {
  /** Reason to expected category. */
  public static final Map<String, ComplaintCategory> MAPPING =
      Map.of(
          "Late Flight", ComplaintCategory.LATE_MISSING_DELIVERY,
          "Lost Luggage", ComplaintCategory.LATE_MISSING_DELIVERY,
          "Cancelled Flight", ComplaintCategory.LATE_MISSING_DELIVERY,
          "Damaged Luggage", ComplaintCategory.DAMAGED_DEFECTIVE,
          "Customer Service Issue", ComplaintCategory.CUSTOMER_SERVICE,
          "Flight Attendant Complaints", ComplaintCategory.CUSTOMER_SERVICE);

  private AirlineCategoryCheck() {}

  /**
   * The outcome.
   *
   * @param n mapped tweets checked
   * @param accuracy share whose category matched
   * @param accuracyByReason per reason, in first-seen order
   * @param confusion predicted categories per expected category
   */
  public record Result(
      int n,
      double accuracy,
      Map<String, Double> accuracyByReason,
      Map<ComplaintCategory, Map<ComplaintCategory, Integer>> confusion) {
    @Override
    public String toString() {
      StringBuilder b =
          new StringBuilder(String.format(Locale.ROOT, "n=%d category accuracy=%.4f", n, accuracy));
      accuracyByReason.forEach((r, a) -> b.append(String.format(Locale.ROOT, "; %s %.3f", r, a)));
      return b.toString();
    }
  }

  /** Runs the check over the negative tweets with a mapped reason. */
  public static Result run(List<AirlineTweet> tweets) {
    ComplaintCues cues = ComplaintCues.get();
    Map<String, int[]> byReason = new LinkedHashMap<>();
    Map<ComplaintCategory, Map<ComplaintCategory, Integer>> confusion =
        new EnumMap<>(ComplaintCategory.class);
    int n = 0;
    int right = 0;
    for (AirlineTweet t : tweets) {
      ComplaintCategory expected = MAPPING.get(t.negativeReason());
      if (expected == null) {
        continue;
      }
      String clean = TextSanitizer.sanitize(t.text(), TextSanitizer.DEFAULT_MAX_CHARS).orElse("");
      ComplaintCategory got = ComplaintTriage.category(cues.score(Tokenizer.tokenize(clean)));
      int[] counts = byReason.computeIfAbsent(t.negativeReason(), r -> new int[2]);
      counts[0]++;
      n++;
      if (got == expected) {
        counts[1]++;
        right++;
      }
      confusion
          .computeIfAbsent(expected, e -> new EnumMap<>(ComplaintCategory.class))
          .merge(got, 1, Integer::sum);
    }
    Map<String, Double> accuracy = new LinkedHashMap<>();
    byReason.forEach((r, c) -> accuracy.put(r, c[1] / (double) c[0]));
    return new Result(n, n == 0 ? 0 : right / (double) n, accuracy, confusion);
  }
}
