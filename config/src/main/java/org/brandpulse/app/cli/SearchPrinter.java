package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.brandpulse.reporting.chart.Labels;
import org.brandpulse.reporting.period.ExportRange;
import org.brandpulse.reporting.period.Growth;
import org.brandpulse.reporting.period.SearchEntry;
import org.brandpulse.reporting.period.SearchTops;
import org.brandpulse.reporting.report.UrlText;

/** Prints the top search queries and pages of a {@link Growth}, or turns them into a map. */
final class SearchPrinter {

  private static final int KEY_WIDTH = 40;

  private SearchPrinter() {}

  static void print(PrintWriter out, Growth.Search s) {
    if (s.queries() == null) {
      out.println(
          "Search Console queries and pages: no stored export covers this period (exports: "
              + String.join(", ", s.stored().stream().map(ExportRange::toString).toList())
              + ")");
      return;
    }
    SearchTops q = s.queries();
    out.printf(
        Locale.ROOT,
        "Search Console queries and pages, totals over each export's whole range (not this"
            + " period): export %s (%d days) %s%n",
        q.current(),
        q.current().days(),
        q.compared()
            ? "against export " + q.previous() + " (" + q.previous().days() + " days)"
            : "(the first stored: no change shown)");
    table(out, "Top queries", q);
    table(out, "Top pages", s.pages());
  }

  private static void table(PrintWriter out, String title, SearchTops tops) {
    out.printf(Locale.ROOT, "%s (%d listed):%n", title, tops.listed());
    out.printf(
        Locale.ROOT,
        "  %-" + KEY_WIDTH + "s %7s %11s %8s %8s %8s %8s  %s%n",
        tops.dimension() == Dimension.SEARCH_PAGE ? "page" : "query",
        "clicks",
        "impressions",
        "CTR",
        "position",
        "clicks±",
        "pos±",
        "status");
    for (SearchEntry e : tops.top()) {
      RangeTotal t = e.current();
      out.printf(
          Locale.ROOT,
          "  %-" + KEY_WIDTH + "s %,7.0f %,11.0f %8s %8s %8s %8s  %s%n",
          key(tops, e),
          t.clicks(),
          t.impressions(),
          t.ctr() == null ? "-" : String.format(Locale.ROOT, "%.1f %%", t.ctr() * 100),
          t.position() == null ? "-" : String.format(Locale.ROOT, "%.1f", t.position()),
          tops.compared() ? String.format(Locale.ROOT, "%+,.0f", e.clicks().absolute()) : "",
          e.positionChange() == null ? "" : String.format(Locale.ROOT, "%+.1f", e.positionChange()),
          status(e.status(tops.compared())));
    }
    for (SearchEntry e : tops.lost()) {
      out.printf(
          Locale.ROOT,
          "  %-" + KEY_WIDTH + "s lost: had %,.0f clicks, %,.0f impressions%n",
          key(tops, e),
          e.previous().clicks(),
          e.previous().impressions());
    }
  }

  private static String key(SearchTops tops, SearchEntry e) {
    String text =
        tops.dimension() == Dimension.SEARCH_PAGE ? UrlText.decodeForDisplay(e.key()) : e.key();
    return Labels.middleEllipsis(text, KEY_WIDTH);
  }

  private static String status(SearchEntry.Status s) {
    return s == SearchEntry.Status.ONLY ? "" : s.name().toLowerCase(Locale.ROOT);
  }

  static Map<String, Object> asMap(Growth.Search s) {
    return MetricsCommand.map(
        "stored",
        s.stored().stream().map(SearchPrinter::range).toList(),
        "current",
        s.queries() == null ? null : range(s.queries().current()),
        "previous",
        s.queries() == null || !s.queries().compared() ? null : range(s.queries().previous()),
        "queries",
        s.queries() == null ? null : tops(s.queries()),
        "pages",
        s.pages() == null ? null : tops(s.pages()));
  }

  private static Map<String, Object> range(ExportRange r) {
    return MetricsCommand.map(
        "from", r.from().toString(), "to", r.to().toString(), "days", r.days());
  }

  private static Map<String, Object> tops(SearchTops tops) {
    List<Object> top = new ArrayList<>();
    tops.top().forEach(e -> top.add(entry(tops, e)));
    List<Object> lost = new ArrayList<>();
    tops.lost().forEach(e -> lost.add(entry(tops, e)));
    return MetricsCommand.map("listed", tops.listed(), "top", top, "lost", lost);
  }

  private static Map<String, Object> entry(SearchTops tops, SearchEntry e) {
    RangeTotal t = e.current() != null ? e.current() : e.previous();
    Map<String, Object> m =
        MetricsCommand.map(
            "key", e.key(),
            "status", e.status(tops.compared()).name().toLowerCase(Locale.ROOT),
            "clicks", t.clicks(),
            "impressions", t.impressions(),
            "ctr", t.ctr(),
            "position", t.position());
    if (tops.compared()) {
      m.put(
          "change",
          MetricsCommand.map(
              "clicks", e.clicks().absolute(),
              "impressions", e.impressions().absolute(),
              "ctrPoints", e.ctrPoints(),
              "position", e.positionChange()));
    }
    return m;
  }
}
