package org.brandpulse.reporting.report.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.brandpulse.nlp.keywords.StopWords;
import org.brandpulse.nlp.keywords.Trending;
import org.brandpulse.reporting.chart.BarChart;
import org.brandpulse.reporting.chart.DataTable;
import org.brandpulse.reporting.chart.Series;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.Section;
import org.brandpulse.reporting.report.SectionKind;

/**
 * The trending keywords section: keywords that rose against the baseline periods (Dunning's G² at p
 * < 0.01, in at least {@link Trending#minSupport} posts) and the most frequent ones.
 *
 * <p>Keywords were extracted when the posts were stored, with the stop list of that day: the counts
 * are filtered again here by the {@link StopWords#forLanguages stop words of every language the
 * posts are in}, so a report over an older store does not list Hindi "की" or Bengali "থেকে". The
 * brand's own name and handles are left out too: every mention is about them.
 */
public final class KeywordsSection {

  /** Keywords shown in each list. */
  public static final int TOP = 10;

  /**
   * Keyword counts of a span of time.
   *
   * @param terms posts per keyword (lower case), as many as the store returned
   * @param posts posts in the span
   * @param languages the languages of those posts (ISO 639-1 or {@code und})
   */
  public record Counts(Map<String, Long> terms, long posts, Set<String> languages) {
    public Counts {
      terms = Map.copyOf(terms);
      languages = Set.copyOf(languages);
      if (posts < 0) {
        throw new IllegalArgumentException("posts must be >= 0, was " + posts);
      }
    }
  }

  private KeywordsSection() {}

  /**
   * The section.
   *
   * @param period the report period's counts
   * @param baseline the counts of the periods before
   * @param baselinePeriods how many periods the baseline spans (for the wording)
   * @param brandTerms the brand's name and handles, any case
   */
  public static Section build(
      Counts period, Counts baseline, int baselinePeriods, Set<String> brandTerms) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(baseline, "baseline");
    if (period.posts() == 0) {
      return Section.absent(SectionKind.KEYWORDS, "no posts in the period");
    }
    if (baseline.posts() == 0) {
      return Section.absent(
          SectionKind.KEYWORDS,
          "no posts in the " + baselinePeriods + " periods before to compare with");
    }
    Set<String> languages = new HashSet<>(period.languages());
    languages.addAll(baseline.languages());
    StopWords stop = StopWords.forLanguages(languages);
    Set<String> own = new HashSet<>();
    brandTerms.forEach(t -> own.add(t.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "")));
    Map<String, Long> now = keep(period.terms(), stop, own);
    Map<String, Long> before = keep(baseline.terms(), stop, own);
    long minSupport = Trending.minSupport(period.posts());
    List<Trending.Trend> rising =
        Trending.rising(
            now, period.posts(), before, baseline.posts(), minSupport, Trending.SIGNIFICANT);
    List<Block> blocks = new ArrayList<>();
    if (rising.isEmpty()) {
      blocks.add(
          new Block.Note(
              String.format(
                  Locale.ROOT,
                  "No keyword in %d posts or more rose significantly (G² ≥ %.2f) against the %d"
                      + " periods before.",
                  minSupport,
                  Trending.SIGNIFICANT,
                  baselinePeriods)));
    } else {
      blocks.add(new Block.Table(risingTable(rising, baselinePeriods)));
    }
    List<Map.Entry<String, Long>> top =
        now.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP)
            .toList();
    if (!top.isEmpty()) {
      blocks.add(
          new Block.Chart(
              new BarChart(
                  "top-keywords",
                  "Most frequent keywords",
                  top.stream().map(Map.Entry::getKey).toList(),
                  List.of(
                      new Series(
                          "Posts", top.stream().map(e -> e.getValue().doubleValue()).toList())),
                  false,
                  true,
                  "posts",
                  "Keyword")));
    }
    return new Section(SectionKind.KEYWORDS, SectionKind.KEYWORDS.title(), null, blocks);
  }

  private static DataTable risingTable(List<Trending.Trend> rising, int baselinePeriods) {
    List<List<String>> rows = new ArrayList<>();
    for (Trending.Trend t : rising.subList(0, Math.min(TOP, rising.size()))) {
      rows.add(
          List.of(
              t.term(),
              Long.toString(t.count()),
              Long.toString(t.baselineCount()),
              String.format(Locale.ROOT, "%.1f", t.g2()),
              t.liftLabel()));
    }
    return new DataTable(
        "Rising keywords: posts with the term, now and in the "
            + baselinePeriods
            + " periods before",
        List.of("Keyword", "Posts", "Baseline posts", "G²", "Lift"),
        rows);
  }

  private static Map<String, Long> keep(Map<String, Long> terms, StopWords stop, Set<String> own) {
    Map<String, Long> out = new LinkedHashMap<>();
    terms.forEach(
        (term, count) -> {
          if (!own.contains(term) && !stop.containsAnyWordOf(term)) {
            out.put(term, count);
          }
        });
    return out;
  }
}
