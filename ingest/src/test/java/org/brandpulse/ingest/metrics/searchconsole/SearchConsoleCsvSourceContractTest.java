package org.brandpulse.ingest.metrics.searchconsole;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.MetricsSourceContract;
import org.brandpulse.ingest.testing.RealData;

/** Search Console exports against the metrics source contract, on the real export. */
class SearchConsoleCsvSourceContractTest extends MetricsSourceContract {

  @Override
  protected MetricsSource source() {
    Path dates = RealData.require("search-console/zechanah/Dates.csv");
    return new SearchConsoleCsvSource(
        "gsc",
        List.of(
            dates,
            dates.resolveSibling("Queries.csv"),
            dates.resolveSibling("Pages.csv"),
            dates.resolveSibling("Countries.csv"),
            dates.resolveSibling("Devices.csv")));
  }

  @Override
  protected LocalDate from() {
    return LocalDate.of(2025, 3, 17);
  }

  @Override
  protected LocalDate to() {
    return LocalDate.of(2025, 4, 19);
  }
}
