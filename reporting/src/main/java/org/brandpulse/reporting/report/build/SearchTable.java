package org.brandpulse.reporting.report.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.brandpulse.reporting.chart.DataTable;
import org.brandpulse.reporting.period.SearchEntry;
import org.brandpulse.reporting.period.SearchTops;

/**
 * Top queries or pages as a table: the current export's figures and their change, then lost ones.
 */
final class SearchTable {

  static final List<String> COLUMNS =
      List.of("Clicks", "Impressions", "CTR", "Position", "Clicks change", "Position change");

  private SearchTable() {}

  static DataTable of(String caption, String heading, SearchTops tops) {
    List<List<String>> rows = new ArrayList<>();
    for (SearchEntry e : tops.top()) {
      rows.add(row(tops, e, e.current()));
    }
    for (SearchEntry e : tops.lost()) {
      rows.add(row(tops, e, e.previous()));
    }
    List<String> header = new ArrayList<>();
    header.add(heading);
    header.addAll(COLUMNS);
    header.add("Status");
    return new DataTable(
        caption
            + " of "
            + tops.current()
            + (tops.compared() ? " against " + tops.previous() : "")
            + " ("
            + tops.listed()
            + " listed)",
        header,
        rows);
  }

  private static List<String> row(SearchTops tops, SearchEntry e, RangeTotal shown) {
    SearchEntry.Status status = e.status(tops.compared());
    boolean lost = status == SearchEntry.Status.LOST;
    return List.of(
        SearchSection.display(tops, e),
        lost ? "–" : count(shown.clicks()),
        lost ? "–" : count(shown.impressions()),
        lost || shown.ctr() == null
            ? "–"
            : String.format(Locale.ROOT, "%.1f %%", shown.ctr() * 100),
        lost || shown.position() == null
            ? "–"
            : String.format(Locale.ROOT, "%.1f", shown.position()),
        status == SearchEntry.Status.ONLY
            ? "–"
            : String.format(Locale.ROOT, "%+,.0f", e.clicks().absolute()),
        e.positionChange() == null ? "–" : String.format(Locale.ROOT, "%+.1f", e.positionChange()),
        switch (status) {
          case NEW -> "new";
          case KEPT -> "kept";
          case ONLY -> "";
          case LOST ->
              String.format(
                  Locale.ROOT,
                  "lost (had %s clicks, %s impressions)",
                  count(shown.clicks()),
                  count(shown.impressions()));
        });
  }

  private static String count(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
