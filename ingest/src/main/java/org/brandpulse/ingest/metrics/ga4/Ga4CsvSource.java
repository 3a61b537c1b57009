package org.brandpulse.ingest.metrics.ga4;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brandpulse.ingest.metrics.MetricValue;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;

/**
 * Google Analytics 4 report exports ("Download file &gt; Download CSV"), one or more files.
 *
 * <p>Each file has {@code #} comment lines (report name, account, {@code # Start date: 20260101},
 * {@code # End date: 20260131}), then one or more tables separated by blank or comment lines, each
 * starting with its own header row. A table is read when it has a date column ({@code Date}, {@code
 * Nth day} or {@code Day}) and a measure column; its breakdown columns give the {@link
 * org.brandpulse.ingest.metrics.Dimension}: channel group, source / medium, landing page, country
 * and event name (goal); a table without one gives the site {@code TOTAL}. Measures map to
 * sessions, visitors (Total users, else Users, else Active users), pageviews (Views), conversions
 * (Key events, Conversions) and bounces (Sessions minus Engaged sessions, else Sessions times
 * Bounce rate). Totals rows ({@code Grand total}, or no date and no breakdown value) are not
 * imported. An event name is a goal only on rows with key events above zero; other events are not
 * stored.
 *
 * <p>Rows with the same day and breakdown value within a table add up (a table broken down by
 * channel and country gives both per-channel and per-country sums, users then counted once per row
 * as in GA4's own row sums). A later table or file replaces an earlier one's value for the same
 * day, breakdown value and measure, so a re-export of revised data wins when it is listed last. The
 * batch covers the earliest to the latest day of all files (the {@code # Start date}..{@code # End
 * date} comments, else the dated rows); the range asked of {@link #fetch} is ignored, as the files
 * say what they cover.
 */
public final class Ga4CsvSource implements MetricsSource {

  private final String name;
  private final List<Path> files;

  /**
   * @param name the configured source name
   * @param files GA4 CSV exports, read in this order
   */
  public Ga4CsvSource(String name, List<Path> files) {
    this.name = Objects.requireNonNull(name, "name");
    this.files = List.copyOf(files);
    if (this.files.isEmpty()) {
      throw new IllegalArgumentException("source " + name + ": no GA4 export files given");
    }
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Reads every file.
   *
   * @throws SourceException when a file is missing, empty or holds no GA4 table, or when no file
   *     says which days it covers
   */
  @Override
  public MetricsBatch fetch(LocalDate from, LocalDate to) throws SourceException {
    Map<ValueKey, Double> values = new HashMap<>();
    List<SkippedRecord> skipped = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (Path file : files) {
      Ga4FileReader.Ga4File read = Ga4FileReader.read(name, file);
      values.putAll(read.values());
      skipped.addAll(read.skipped());
      if (read.from() != null) {
        first = first == null || read.from().isBefore(first) ? read.from() : first;
        last = last == null || read.to().isAfter(last) ? read.to() : last;
      }
    }
    if (first == null) {
      throw new SourceException(
          "source "
              + name
              + ": no dated rows and no '# Start date'/'# End date' comments in "
              + files,
          false);
    }
    List<MetricValue> out = new ArrayList<>(values.size());
    values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(ValueKey.ORDER))
        .forEach(e -> out.add(e.getKey().value(e.getValue())));
    return new MetricsBatch(name, first, last, out, skipped);
  }
}
