package org.brandpulse.ingest.metrics.accesslog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.MetricValue;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;

/**
 * Access log files as a {@link MetricsSource}: reads every file, sessionises, and returns the daily
 * rows of the days the logs cover (the requested range is ignored: a log holds what it holds).
 * Import a rotated set of files together, so a day split across files is counted whole.
 */
public final class AccessLogSource implements MetricsSource {

  /**
   * What one read found.
   *
   * @param summary lines, records and malformed lines
   * @param report the sessionizer's totals and daily rows
   * @param batch the daily rows as metric values, malformed lines as skipped records
   * @param contributions the same rows split by the file each session started in, keyed by the
   *     file's {@link AccessLogReader#fingerprint}: what a store replaces, so that several servers'
   *     logs of the same days add up and importing a file again replaces only its own rows
   */
  public record Result(
      AccessLogReader.Summary summary,
      Sessionizer.Report report,
      MetricsBatch batch,
      Map<String, MetricsBatch> contributions) {
    /** Copies the map. */
    public Result {
      contributions =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contributions));
    }
  }

  private final String name;
  private final List<Path> files;
  private final LogFormat format;
  private final TrafficClassifier classifier;
  private final Sessionizer.Options options;
  private final Clock clock;

  /** Creates a source over these files. */
  public AccessLogSource(
      String name,
      List<Path> files,
      LogFormat format,
      TrafficClassifier classifier,
      Sessionizer.Options options) {
    this(name, files, format, classifier, options, Clock.systemUTC());
  }

  /** Creates a source over these files; "today" (for an empty log) comes from {@code clock}. */
  public AccessLogSource(
      String name,
      List<Path> files,
      LogFormat format,
      TrafficClassifier classifier,
      Sessionizer.Options options,
      Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.name = Objects.requireNonNull(name, "name");
    this.files = List.copyOf(files);
    this.format = Objects.requireNonNull(format, "format");
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.options = Objects.requireNonNull(options, "options");
    if (this.files.isEmpty()) {
      throw new IllegalArgumentException("access log source '" + name + "' has no files");
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public MetricsBatch fetch(LocalDate from, LocalDate to) throws SourceException {
    return read().batch();
  }

  /**
   * Reads all files; an empty log yields a batch of no values over {@code today..today}.
   *
   * @throws SourceException when a file is missing or unreadable
   */
  public Result read() throws SourceException {
    Sessionizer sessionizer = new Sessionizer(classifier, options);
    AccessLogReader.Summary summary;
    try {
      summary =
          ParallelRead.read(
              new AccessLogReader(format),
              files,
              sessionizer::accept,
              (file, fingerprint) -> sessionizer.origin(fingerprint));
    } catch (IOException | UncheckedIOException e) {
      throw new SourceException(
          "access log source '" + name + "': cannot read " + files + ": " + e.getMessage(),
          false,
          e);
    }
    Sessionizer.Report report = sessionizer.finish();
    List<MetricValue> values = values(report.daily(), report.coveredHours(options.zone()));
    Map<String, MetricsBatch> contributions = new java.util.LinkedHashMap<>();
    report
        .contributions()
        .forEach(
            (origin, c) -> {
              List<MetricValue> own = values(c.daily(), c.coveredHours(options.zone()));
              if (!own.isEmpty()) {
                contributions.put(origin, batch(own, List.of()));
              }
            });
    List<SkippedRecord> skipped = new ArrayList<>();
    if (!summary.failedFiles().isEmpty() && summary.records() == 0) {
      throw new SourceException(
          "access log source '" + name + "': no file could be read: " + summary.failedFiles(),
          false,
          null);
    }
    for (String failure : summary.failedFiles()) {
      skipped.add(new SkippedRecord(name, failure, "file not read to its end", ""));
    }
    for (MalformedLine m : summary.malformed()) {
      skipped.add(
          new SkippedRecord(
              name,
              m.file() + ":" + m.line(),
              "malformed line: expected " + m.expected(),
              m.text()));
    }
    return new Result(summary, report, batch(values, skipped), contributions);
  }

  private MetricsBatch batch(List<MetricValue> values, List<SkippedRecord> skipped) {
    LocalDate from = values.stream().map(MetricValue::day).min(LocalDate::compareTo).orElse(null);
    LocalDate to = values.stream().map(MetricValue::day).max(LocalDate::compareTo).orElse(null);
    if (from == null) {
      from = LocalDate.now(clock.withZone(options.zone()));
      to = from;
    }
    return new MetricsBatch(name, from, to, values, skipped);
  }

  private static List<MetricValue> values(
      List<DailyMetric> rows, java.util.SortedMap<LocalDate, Double> hours) {
    List<MetricValue> values = toValues(rows);
    hours.forEach(
        (day, h) -> values.add(new MetricValue(day, Dimension.TOTAL, "", Metric.COVERED_HOURS, h)));
    return values;
  }

  /** Turns daily rows into metric values (zero counts left out, except on the total). */
  public static List<MetricValue> toValues(List<DailyMetric> rows) {
    List<MetricValue> out = new ArrayList<>(rows.size() * 5);
    for (DailyMetric row : rows) {
      Dimension dimension = dimension(row.dimension());
      boolean total = dimension == Dimension.TOTAL;
      add(out, row, dimension, Metric.VISITORS, row.visitors(), total);
      add(out, row, dimension, Metric.SESSIONS, row.sessions(), total);
      add(out, row, dimension, Metric.PAGEVIEWS, row.pageviews(), total);
      add(out, row, dimension, Metric.BOUNCES, row.bounces(), total);
      add(out, row, dimension, Metric.CONVERSIONS, row.conversions(), total);
    }
    return out;
  }

  private static void add(
      List<MetricValue> out,
      DailyMetric row,
      Dimension dimension,
      Metric metric,
      long value,
      boolean keepZero) {
    if (value > 0 || keepZero) {
      out.add(new MetricValue(row.day(), dimension, row.key(), metric, value));
    }
  }

  private static Dimension dimension(DailyMetric.Dimension d) {
    return switch (d) {
      case TOTAL -> Dimension.TOTAL;
      case CHANNEL -> Dimension.CHANNEL;
      case LANDING_PAGE -> Dimension.LANDING_PAGE;
      case EXIT_PAGE -> Dimension.EXIT_PAGE;
      case GOAL -> Dimension.GOAL;
    };
  }
}
