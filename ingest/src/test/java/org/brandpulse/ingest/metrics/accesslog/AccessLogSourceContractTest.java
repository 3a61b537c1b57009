package org.brandpulse.ingest.metrics.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.MetricsSourceContract;
import org.brandpulse.ingest.testing.RealData;

/** Access logs against the metrics source contract, on the real Apache log in shared data. */
class AccessLogSourceContractTest extends MetricsSourceContract {

  @Override
  protected MetricsSource source() {
    return new AccessLogSource(
        "logs",
        List.of(RealData.require("logs/elastic-apache_logs.log")),
        LogFormat.COMBINED,
        new TrafficClassifier(Set.of("www.semicomplete.com")),
        Sessionizer.Options.DEFAULTS,
        java.time.Clock.fixed(Instant.parse("2015-05-21T00:00:00Z"), ZoneOffset.UTC));
  }

  @Override
  protected LocalDate from() {
    return LocalDate.of(2015, 5, 17);
  }

  @Override
  protected LocalDate to() {
    return LocalDate.of(2015, 5, 20);
  }
}
