package org.brandpulse.ingest.metrics.searchconsole;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.MetricValue;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.brandpulse.ingest.metrics.searchconsole.ExportReader.Export;
import org.brandpulse.ingest.metrics.searchconsole.ExportReader.Row;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;

/**
 * Google Search Console Performance report exports ("Export &gt; Download CSV"): the ZIP Google
 * offers, or its CSV files given loose (all loose files together form one export).
 *
 * <p>{@code Dates.csv} gives the site's daily {@link Metric#CLICKS}, {@link Metric#IMPRESSIONS} and
 * {@link Metric#POSITION} under {@link Dimension#TOTAL}: the only daily values. {@code
 * Queries.csv}, {@code Pages.csv}, {@code Countries.csv} and {@code Devices.csv} hold totals over
 * the export's whole range with no daily split: they become {@link RangeTotal}s of that range
 * ({@link MetricsBatch#ranges()}), under {@link Dimension#SEARCH_QUERY}, {@link
 * Dimension#SEARCH_PAGE}, {@link Dimension#COUNTRY} and {@link Dimension#DEVICE}, never dated on a
 * day. {@code Search appearance.csv} is checked but not stored. CTR is not read: it is clicks /
 * impressions.
 *
 * <p>The range is the first..last day of {@code Dates.csv}; without it, the dates of a {@code Date}
 * row in {@code Filters.csv} when it names two ISO days; otherwise the range given to the
 * constructor ({@code "Last 28 days"} cannot be placed in time). Filters other than the date (a
 * query or page filter) make the exported totals those of the filtered report: export unfiltered
 * reports for site totals. A later export replaces an earlier one's daily value for the same day
 * and its range totals of the same range; the batch covers the earliest to the latest day of all
 * exports, and the range asked of {@link #fetch} is ignored, as the exports say what they cover.
 */
public final class SearchConsoleCsvSource implements MetricsSource {

  /** The days an export covers. */
  private record Period(LocalDate from, LocalDate to) {}

  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String name;
  private final List<Path> files;
  private final LocalDate from;
  private final LocalDate to;

  /**
   * A source whose exports carry {@code Dates.csv} (or explicit dates in {@code Filters.csv}).
   *
   * @param name the configured source name
   * @param files {@code .zip} exports and loose {@code .csv} tables, read in this order
   */
  public SearchConsoleCsvSource(String name, List<Path> files) {
    this(name, files, null, null);
  }

  /**
   * A source with the period its exports cover, used for exports without {@code Dates.csv}.
   *
   * @param name the configured source name
   * @param files {@code .zip} exports and loose {@code .csv} tables, read in this order
   * @param from the exported period's first day, or null
   * @param to the exported period's last day, or null (both or neither)
   */
  public SearchConsoleCsvSource(String name, List<Path> files, LocalDate from, LocalDate to) {
    this.name = Objects.requireNonNull(name, "name");
    this.files = List.copyOf(files);
    if (this.files.isEmpty()) {
      throw new IllegalArgumentException("source " + name + ": no Search Console export given");
    }
    if ((from == null) != (to == null) || (from != null && to.isBefore(from))) {
      throw new IllegalArgumentException(
          "source " + name + ": period must be two days in order or none, got " + from + ".." + to);
    }
    this.from = from;
    this.to = to;
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Reads every export.
   *
   * @throws SourceException when a file is missing, empty, not a Performance export table, or an
   *     export's period cannot be told
   */
  @Override
  public MetricsBatch fetch(LocalDate ignoredFrom, LocalDate ignoredTo) throws SourceException {
    List<Export> exports = new ArrayList<>();
    List<Path> loose = new ArrayList<>();
    for (Path file : files) {
      if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip")) {
        exports.add(ExportReader.readZip(name, file));
      } else {
        loose.add(file);
      }
    }
    if (!loose.isEmpty()) {
      exports.add(ExportReader.readFiles(name, loose));
    }
    Map<String, MetricValue> values = new HashMap<>();
    Map<String, RangeTotal> ranges = new LinkedHashMap<>();
    List<SkippedRecord> skipped = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (Export export : exports) {
      Period period = period(export);
      first = first == null || period.from().isBefore(first) ? period.from() : first;
      last = last == null || period.to().isAfter(last) ? period.to() : last;
      for (MetricValue v : values(export)) {
        values.put(v.day() + "\t" + v.dimension() + "\t" + v.key() + "\t" + v.metric(), v);
      }
      for (RangeTotal r : ranges(export, period)) {
        // a row repeated within a table, or an export of the same range read again: the later wins
        ranges.put(r.from() + "\t" + r.to() + "\t" + r.dimension() + "\t" + r.key(), r);
      }
      skipped.addAll(export.skipped());
    }
    List<MetricValue> out = new ArrayList<>(values.values());
    out.sort(
        Comparator.comparing(MetricValue::day)
            .thenComparing(MetricValue::dimension)
            .thenComparing(MetricValue::key)
            .thenComparing(MetricValue::metric));
    return new MetricsBatch(name, first, last, out, skipped, List.copyOf(ranges.values()));
  }

  /** The daily totals of {@code Dates.csv}. */
  private static List<MetricValue> values(Export export) {
    List<MetricValue> out = new ArrayList<>();
    for (Row row : export.tables().getOrDefault(TableKind.DATES, List.of())) {
      LocalDate day = LocalDate.parse(row.key());
      out.add(MetricValue.total(day, Metric.CLICKS, row.clicks()));
      out.add(MetricValue.total(day, Metric.IMPRESSIONS, row.impressions()));
      if (row.position() != null) {
        out.add(MetricValue.total(day, Metric.POSITION, row.position()));
      }
    }
    return out;
  }

  /** The range tables' rows as totals of the export's range. */
  private static List<RangeTotal> ranges(Export export, Period period) {
    List<RangeTotal> out = new ArrayList<>();
    for (Map.Entry<TableKind, List<Row>> table : export.tables().entrySet()) {
      Dimension dimension = table.getKey().dimension();
      if (dimension == null || dimension == Dimension.TOTAL) {
        continue;
      }
      for (Row row : table.getValue()) {
        out.add(
            new RangeTotal(
                period.from(),
                period.to(),
                dimension,
                row.key(),
                row.clicks(),
                row.impressions(),
                row.position()));
      }
    }
    return out;
  }

  private Period period(Export export) throws SourceException {
    List<Row> dates = export.tables().getOrDefault(TableKind.DATES, List.of());
    if (!dates.isEmpty()) {
      LocalDate min = LocalDate.MAX;
      LocalDate max = LocalDate.MIN;
      for (Row row : dates) {
        LocalDate day = LocalDate.parse(row.key());
        min = day.isBefore(min) ? day : min;
        max = day.isAfter(max) ? day : max;
      }
      return new Period(min, max);
    }
    String filter = export.filters().get("date");
    if (filter != null) {
      Matcher m = ISO_DAY.matcher(filter);
      List<LocalDate> days = new ArrayList<>();
      while (m.find()) {
        try {
          days.add(LocalDate.parse(m.group()));
        } catch (DateTimeException e) {
          break;
        }
      }
      if (days.size() == 2 && !days.get(1).isBefore(days.get(0))) {
        return new Period(days.get(0), days.get(1));
      }
    }
    if (from != null) {
      return new Period(from, to);
    }
    throw new SourceException(
        "Search Console export "
            + export.name()
            + " cannot be placed in time: it has no Dates.csv rows and its date filter is "
            + (filter == null ? "absent" : "'" + filter + "'")
            + "; expected a Dates.csv table or the exported period passed to"
            + " SearchConsoleCsvSource(name, files, from, to)",
        false);
  }
}
