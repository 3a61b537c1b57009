package org.brandpulse.ingest.metrics.matomo;

import java.time.LocalDate;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.MetricsSourceContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Matomo against the metrics source contract, over a local HTTP server with recorded answers. */
class MatomoSourceContractTest extends MetricsSourceContract {

  private MatomoFixture fixture;

  @BeforeEach
  void start() {
    fixture = new MatomoFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Override
  protected MetricsSource source() {
    return fixture.source();
  }

  @Override
  protected LocalDate from() {
    return MatomoFixture.FROM;
  }

  @Override
  protected LocalDate to() {
    return MatomoFixture.TO;
  }
}
