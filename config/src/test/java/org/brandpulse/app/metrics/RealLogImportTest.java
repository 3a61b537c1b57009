package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.brandpulse.app.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code metrics import} and {@code metrics growth} on the real Apache log of shared/data/real
 * (www.semicomplete.com, 17 May 2015 10:05 to 20 May 21:05 UTC), with no configuration file.
 */
class RealLogImportTest {

  private static final Path LOG = CliRun.sharedData("real/logs/elastic-apache_logs.log");

  @TempDir Path dir;

  private CliRun cli;

  @BeforeEach
  void importLog() {
    cli = new CliRun(dir);
    assumeTrue(Files.isRegularFile(LOG), "shared real data not present: " + LOG);
    assertThat(
            cli.run("metrics", "import", "--site", "semicomplete", "--access-log", LOG.toString()))
        .as(cli.err())
        .isZero();
  }

  @Test
  void importSaysWhatWasFilteredByReason() {
    cli.run(
        "metrics", "import", "--site", "semicomplete", "--access-log", LOG.toString(), "--json");
    Map<String, Object> totals = cli.json();
    assertThat(totals)
        .containsEntry("pageviews", 1574)
        .containsEntry("sessions", 1092)
        .containsEntry("malformedLines", 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> filtered = (Map<String, Object>) totals.get("filtered");
    assertThat(filtered)
        .containsEntry("emptyAgent", 190)
        .containsEntry("feedReader", 863)
        .containsEntry("configManagement", 61)
        .containsKeys("crawler", "download", "robotsTxt");
  }

  @Test
  void aWeekAgainstFourteenHoursIsPartialAndNotCompared() {
    cli.run(
        "metrics", "growth", "--site", "semicomplete", "--period", "week", "--date", "2015-05-18");
    assertThat(cli.out())
        .contains("WARNING: this period is partial (69 of 168 hours have data)")
        .contains("the previous period is partial (14 of 168 hours have data, marked *)")
        .contains("partial, not compared")
        .doesNotContain("+427");
    growth("week", "2015-05-18");
    Map<String, Object> growth = cli.json();
    assertThat(growth)
        .containsEntry("previousCovered", false)
        .containsEntry("currentCovered", false)
        .containsEntry("partial", true);
    assertThat(growth.get("coverage").toString()).contains("hours=13.92, of=168.0, partial=true");
  }

  @Test
  void wholeDaysCompareAndPartialDaysSayThatTheyArePartial() {
    growth("day", "2015-05-19");
    assertThat(cli.json())
        .containsEntry("previousCovered", true)
        .containsEntry("currentCovered", true)
        .containsEntry("partial", false);
    growth("day", "2015-05-18");
    assertThat(cli.json()).containsEntry("previousCovered", false).containsEntry("partial", true);
    growth("day", "2015-05-20");
    assertThat(cli.json()).containsEntry("currentCovered", false).containsEntry("partial", true);
  }

  /** Runs {@code metrics growth --json} for a period of the site; the output is in {@code cli}. */
  private void growth(String period, String date) {
    cli.run(
        "metrics",
        "growth",
        "--site",
        "semicomplete",
        "--period",
        period,
        "--date",
        date,
        "--json");
  }
}
