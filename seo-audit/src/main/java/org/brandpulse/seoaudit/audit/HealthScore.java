package org.brandpulse.seoaudit.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.seoaudit.checks.Finding;

/**
 * The site's health from 0 (every page badly broken) to 100 (no problem above {@code info}).
 *
 * <pre>
 *   penalty(u) = min(10, sum of the severity weights of the findings on URL u)
 *                weights: critical 10, high 5, medium 2, low 1, info 0
 *   score      = 100 * (1 - sum over u of penalty(u) / (10 * max(1, pages)))   clamped to 0..100
 * </pre>
 *
 * So each page can cost at most its share of the score: one critical problem or two high ones spend
 * a page's whole share, and a site where half the pages have one low finding scores 95. Findings on
 * non-page URLs (robots.txt, sitemaps, origins) count like pages. Rounded to one decimal.
 */
public final class HealthScore {

  /** The most one URL can cost, in weight units. */
  public static final int MAX_PENALTY_PER_URL = 10;

  private HealthScore() {}

  /** The score of {@code findings} over a site of {@code pages} pages. */
  public static double of(List<Finding> findings, int pages) {
    Map<String, Integer> penalty = new HashMap<>();
    for (Finding f : findings) {
      penalty.merge(f.url(), f.severity().weight(), Integer::sum);
    }
    long total = 0;
    for (int p : penalty.values()) {
      total += Math.min(MAX_PENALTY_PER_URL, p);
    }
    double score = 100.0 * (1.0 - total / (double) (MAX_PENALTY_PER_URL * Math.max(1, pages)));
    return Math.round(Math.max(0, Math.min(100, score)) * 10) / 10.0;
  }
}
