package org.brandpulse.ingest.metrics.searchconsole;

import java.util.List;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.ExportCsv;

/** The tables of a Performance report export, told apart by their first column's header. */
enum TableKind {
  /** {@code Queries.csv}: {@code Top queries} aggregated over the period. */
  QUERIES(Dimension.SEARCH_QUERY, "top queries", "query"),
  /** {@code Pages.csv}: {@code Top pages} aggregated over the period. */
  PAGES(Dimension.SEARCH_PAGE, "top pages", "page"),
  /** {@code Countries.csv}: {@code Country} aggregated over the period. */
  COUNTRIES(Dimension.COUNTRY, "country"),
  /** {@code Dates.csv}: the site totals of each day. */
  DATES(Dimension.TOTAL, "date"),
  /** {@code Devices.csv}: {@code Device} aggregated over the period. */
  DEVICES(Dimension.DEVICE, "device"),
  /** {@code Search appearance.csv}: no matching breakdown; read for validation only. */
  APPEARANCE(null, "search appearance"),
  /** {@code Filters.csv}: {@code Filter,Value} rows describing the export. */
  FILTERS(null, "filter");

  /** What a table needs, for error messages. */
  static final String EXPECTED =
      "a first column Top queries, Top pages, Country, Date, Device, Search Appearance or Filter,"
          + " then Clicks, Impressions (CTR, Position optional), exported without a comparison";

  private final Dimension dimension;
  private final List<String> headers;

  TableKind(Dimension dimension, String... headers) {
    this.dimension = dimension;
    this.headers = List.of(headers);
  }

  /** The breakdown its rows are stored under, or null when they are not stored. */
  Dimension dimension() {
    return dimension;
  }

  /** The kind whose first column is {@code header}, or null. */
  static TableKind of(String header) {
    String name = ExportCsv.normalize(header);
    for (TableKind kind : values()) {
      if (kind.headers.contains(name)) {
        return kind;
      }
    }
    return null;
  }
}
