package org.brandpulse.ingest.metrics;

import java.time.LocalDate;
import org.brandpulse.ingest.source.SourceException;

/**
 * A source of daily site metrics: an analytics export file or a reporting API.
 *
 * <p>A source returns whole days. File sources return the days their file covers and ignore the
 * requested range where the file says otherwise; API sources ask for exactly {@code from..to}. Bad
 * rows become {@link MetricsBatch#skipped()} entries; a source that cannot be read at all (missing
 * file, HTTP errors after retries, a refused token) throws {@link SourceException}.
 */
public interface MetricsSource {

  /** The configured name of this source. */
  String name();

  /**
   * Reads the metrics of {@code from..to} (inclusive, days in the site's zone).
   *
   * @throws SourceException when the source cannot be read at all
   */
  MetricsBatch fetch(LocalDate from, LocalDate to) throws SourceException;
}
