package org.brandpulse.ingest.metrics.plausible;

import java.time.LocalDate;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.MetricsSourceContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Plausible against the metrics source contract, over a local HTTP server with recorded answers.
 */
class PlausibleSourceContractTest extends MetricsSourceContract {

  private PlausibleFixture fixture;

  @BeforeEach
  void start() {
    fixture = new PlausibleFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Override
  protected MetricsSource source() {
    // every source reads the six recorded answers in order from the start
    fixture.scriptAll();
    return fixture.source();
  }

  @Override
  protected LocalDate from() {
    return PlausibleFixture.FROM;
  }

  @Override
  protected LocalDate to() {
    return PlausibleFixture.TO;
  }
}
