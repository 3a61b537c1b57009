package org.brandpulse.ingest.metrics.ga4;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.MetricsSourceContract;

/** GA4 CSV exports against the metrics source contract, on the recorded export files. */
class Ga4CsvSourceContractTest extends MetricsSourceContract {

  private static final Path DIR = Path.of("src/test/resources/metrics/ga4");

  @Override
  protected MetricsSource source() {
    return new Ga4CsvSource(
        "ga4",
        // the recorded channel table is of another export than the landing pages one
        List.of(DIR.resolve("landing-pages.csv")));
  }

  @Override
  protected LocalDate from() {
    return LocalDate.of(2026, 1, 1);
  }

  @Override
  protected LocalDate to() {
    return LocalDate.of(2026, 1, 3);
  }
}
