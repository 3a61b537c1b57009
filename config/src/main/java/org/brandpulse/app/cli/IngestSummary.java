package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.brandpulse.app.ingest.IngestResult;
import org.brandpulse.app.ingest.SkipReport;
import org.brandpulse.app.ingest.SourceRun;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.Facet;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.TermCount;
import org.brandpulse.nlp.keywords.Trending;
import org.brandpulse.reporting.complaints.NeedsReply;

/** Prints what an ingest run did and what the store now holds, as plain aligned text. */
final class IngestSummary {

  private static final int MAX_SKIPS_SHOWN = 20;

  private final PrintWriter out;

  IngestSummary(PrintWriter out) {
    this.out = out;
  }

  void printRun(IngestResult result) {
    out.printf(
        Locale.ROOT,
        "Ingest run %s: %s%s%n",
        result.runAt(),
        result.status(),
        result.resumed() ? " (an interrupted earlier run was resumed first)" : "");
    out.printf(
        Locale.ROOT,
        "  %-20s %8s %8s %8s %9s %8s %8s  %s%n",
        "source",
        "read",
        "stored",
        "copies",
        "no brand",
        "skipped",
        "older",
        "window from");
    for (SourceRun s : result.sources()) {
      out.printf(
          Locale.ROOT,
          "  %-20s %8d %8d %8d %9d %8d %8d  %s%s%n",
          s.source(),
          s.read(),
          s.stored(),
          s.copies(),
          s.unmatched(),
          s.skipped(),
          s.outsideWindow(),
          s.windowStart() == null ? "-" : s.windowStart().toString(),
          s.sourceError() == null ? "" : "  ERROR: " + s.sourceError());
    }
    if (result.sources().stream().anyMatch(s -> s.outsideWindow() > 0)) {
      out.println(
          "Posts written before a source's window start are left out (\"older\"): without `since`,"
              + " an API source's first run reads the last 7 days. To read further back, run"
              + " `brandpulse ingest --since DATE` once or give the source `since: DATE` in"
              + " brandpulse.yml.");
    }
    List<SkipReport.Entry> skips = result.skips();
    if (!skips.isEmpty()) {
      out.printf(Locale.ROOT, "Skipped records (%d):%n", skips.size());
      skips.stream()
          .limit(MAX_SKIPS_SHOWN)
          .forEach(
              s ->
                  out.printf(
                      Locale.ROOT,
                      "  %s %s: %s%s%n",
                      s.source(),
                      s.location(),
                      s.reason(),
                      s.text() == null || s.text().isEmpty()
                          ? ""
                          : " [" + oneLine(s.text()) + "]"));
      if (skips.size() > MAX_SKIPS_SHOWN) {
        out.printf(Locale.ROOT, "  ... and %d more%n", skips.size() - MAX_SKIPS_SHOWN);
      }
    }
    out.flush();
  }

  /**
   * The store's contents; "trending" compares the 7 days before {@code now} with the 28 before
   * them.
   */
  void printStore(PostStore store, java.time.Instant now) throws StoreException {
    PostFilter all = PostFilter.ALL;
    out.printf(Locale.ROOT, "%nThe store holds %d posts.%n", store.count(all));
    facet(store, "Posts per brand", Facet.BRAND);
    facet(store, "Posts per source", Facet.SOURCE);
    facet(store, "Sentiment", Facet.SENTIMENT);
    facet(store, "Languages", Facet.LANGUAGE);
    terms("Top keywords", store.topKeywords(all, 15));
    trending(store, now);
    PostFilter complaints = NeedsReply.complaints(all);
    long open = store.count(complaints);
    out.printf(Locale.ROOT, "%nComplaints needing a reply: %d%n", open);
    for (TermCount t : store.countBy(Facet.COMPLAINT_CATEGORY, complaints)) {
      out.printf(Locale.ROOT, "  %-24s %6d%n", t.term(), t.count());
    }
    out.printf(
        Locale.ROOT,
        "Questions and requests needing a reply (no complaint): %d%n",
        store.count(NeedsReply.questions(all)));
    List<AnalyzedPost> top = store.topByReach(complaints, 5);
    if (!top.isEmpty()) {
      out.println("  Highest reach:");
      for (AnalyzedPost p : top) {
        out.printf(
            Locale.ROOT,
            "  - [%s, %s, reach %d] @%s: %s%n",
            p.analysis().complaint().isComplaint()
                ? p.analysis().complaint().category().name().toLowerCase(Locale.ROOT)
                : "help request",
            p.analysis().complaint().severity().name().toLowerCase(Locale.ROOT),
            p.reach(),
            p.post().author().handle(),
            clip(oneLine(p.post().text()), 100));
      }
    }
    out.flush();
  }

  /** Keywords that rose in the last 7 days against the 28 days before (Dunning's G²). */
  private void trending(PostStore store, java.time.Instant now) throws StoreException {
    java.time.Instant weekAgo = now.minus(java.time.Duration.ofDays(7));
    PostFilter week = PostFilter.ALL.between(weekAgo, now);
    PostFilter before =
        PostFilter.ALL.between(weekAgo.minus(java.time.Duration.ofDays(28)), weekAgo);
    List<Trending.Trend> trends =
        Trending.rising(
            counts(store.topKeywords(week, 500)),
            store.count(week),
            counts(store.topKeywords(before, 2_000)),
            store.count(before),
            5,
            Trending.HIGHLY_SIGNIFICANT);
    out.printf(
        Locale.ROOT,
        "%nTrending keywords (last 7 days against the 28 before, G² ≥ %.2f):%n",
        Trending.HIGHLY_SIGNIFICANT);
    if (trends.isEmpty()) {
      out.println("  none");
    }
    for (Trending.Trend t : trends.subList(0, Math.min(10, trends.size()))) {
      out.printf(
          Locale.ROOT,
          "  %-24s %6d  (was %d, G² %.1f, lift %s)%n",
          oneLine(t.term()),
          t.count(),
          t.baselineCount(),
          t.g2(),
          t.liftLabel());
    }
  }

  private static java.util.Map<String, Long> counts(List<TermCount> terms) {
    java.util.Map<String, Long> map = new java.util.HashMap<>();
    for (TermCount t : terms) {
      map.put(t.term(), t.count());
    }
    return map;
  }

  private void facet(PostStore store, String title, Facet facet) throws StoreException {
    terms(title, store.countBy(facet, PostFilter.ALL));
  }

  private void terms(String title, List<TermCount> counts) {
    out.printf(Locale.ROOT, "%n%s:%n", title);
    for (TermCount t : counts) {
      out.printf(Locale.ROOT, "  %-24s %6d%n", t.term(), t.count());
    }
  }

  /** One line with no control characters: post text is untrusted, even on a terminal. */
  private static String oneLine(String s) {
    return s.replaceAll("[\\p{Cc}\\s]+", " ").strip();
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
