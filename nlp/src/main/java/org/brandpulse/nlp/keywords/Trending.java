package org.brandpulse.nlp.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Terms that rose in a period against a baseline period, by Dunning's log-likelihood ratio (G²,
 * Dunning 1993, "Accurate methods for the statistics of surprise and coincidence").
 *
 * <p>For a term seen in {@code a} of the {@code c} posts of the period and {@code b} of the {@code
 * d} posts of the baseline, with expected counts {@code E1 = c(a+b)/(c+d)} and {@code E2 =
 * d(a+b)/(c+d)}: {@code G² = 2 (a ln(a/E1) + b ln(b/E2))}, a term with a zero count contributing
 * zero. G² is about χ²-distributed with one degree of freedom, so 3.84 is significant at p < 0.05,
 * 6.63 at p < 0.01 and 10.83 at p < 0.001. Only terms whose share rose and that were seen in at
 * least {@code minCount} posts of the period are kept; unlike a plain ratio, G² does not let a term
 * that went from 1 post to 3 outrank one that went from 40 to 120.
 */
public final class Trending {

  /** G² at p < 0.01 with one degree of freedom. */
  public static final double SIGNIFICANT = 6.63;

  /** G² at p < 0.001 with one degree of freedom. */
  public static final double HIGHLY_SIGNIFICANT = 10.83;

  /** The fewest posts of the period a rising term must be in, whatever the volume. */
  public static final long MIN_SUPPORT_POSTS = 3;

  /** The smallest share of the period's posts a rising term must be in. */
  public static final double MIN_SUPPORT_SHARE = 0.01;

  /**
   * A rising term.
   *
   * @param term the term
   * @param count posts with it in the period
   * @param baselineCount posts with it in the baseline
   * @param g2 the log-likelihood ratio
   * @param lift the term's share in the period over its share in the baseline (infinite when new)
   */
  public record Trend(String term, long count, long baselineCount, double g2, double lift) {
    public Trend {
      Objects.requireNonNull(term, "term");
    }

    /** Whether the baseline never had the term (its lift is infinite). */
    public boolean isNew() {
      return baselineCount == 0;
    }

    /** The lift as people read it: {@code 3.5×}, or {@code new} when the baseline never had it. */
    public String liftLabel() {
      return isNew() ? "new" : String.format(Locale.ROOT, "%.1f×", lift);
    }
  }

  /**
   * The least posts of a period of {@code periodPosts} posts a term must be in to count as rising:
   * {@value #MIN_SUPPORT_POSTS}, or {@value #MIN_SUPPORT_SHARE} of the posts when that is more, so
   * a handful of posts cannot make a trend in a busy week.
   */
  public static long minSupport(long periodPosts) {
    return Math.max(MIN_SUPPORT_POSTS, (long) Math.ceil(periodPosts * MIN_SUPPORT_SHARE));
  }

  private Trending() {}

  /**
   * The rising terms, strongest first (ties by term).
   *
   * @param period posts per term in the period
   * @param periodPosts posts in the period
   * @param baseline posts per term in the baseline
   * @param baselinePosts posts in the baseline
   * @param minCount least posts with the term in the period
   * @param minG2 least G² (e.g. {@link #SIGNIFICANT})
   */
  public static List<Trend> rising(
      Map<String, Long> period,
      long periodPosts,
      Map<String, Long> baseline,
      long baselinePosts,
      long minCount,
      double minG2) {
    if (periodPosts < 0 || baselinePosts < 0) {
      throw new IllegalArgumentException("post totals must be >= 0");
    }
    List<Trend> out = new ArrayList<>();
    if (periodPosts == 0) {
      return out;
    }
    for (Map.Entry<String, Long> e : period.entrySet()) {
      long a = e.getValue();
      long b = baseline.getOrDefault(e.getKey(), 0L);
      if (a < minCount || a > periodPosts || b > baselinePosts) {
        continue;
      }
      double shareNow = (double) a / periodPosts;
      double shareBefore = baselinePosts == 0 ? 0 : (double) b / baselinePosts;
      if (shareNow <= shareBefore) {
        continue;
      }
      double g2 = g2(a, b, periodPosts, baselinePosts);
      if (g2 >= minG2) {
        double lift = shareBefore == 0 ? Double.POSITIVE_INFINITY : shareNow / shareBefore;
        out.add(new Trend(e.getKey(), a, b, g2, lift));
      }
    }
    out.sort(Comparator.comparingDouble(Trend::g2).reversed().thenComparing(Trend::term));
    return out;
  }

  /** Dunning's G² for counts {@code a} of {@code c} against {@code b} of {@code d}. */
  public static double g2(long a, long b, long c, long d) {
    double total = (double) c + d;
    if (total == 0 || a + b == 0) {
      return 0;
    }
    double e1 = c * (a + b) / total;
    double e2 = d * (a + b) / total;
    return 2 * (term(a, e1) + term(b, e2));
  }

  private static double term(long observed, double expected) {
    return observed == 0 || expected == 0 ? 0 : observed * Math.log(observed / expected);
  }
}
