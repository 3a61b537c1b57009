package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.cli.BrandpulseCommand;
import org.brandpulse.app.cli.CliEnvironment;
import org.brandpulse.app.testing.SteppingClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code metrics import} and {@code metrics growth} on the real Apache log of shared/data/real
 * (www.semicomplete.com, 17 May 2015 10:05 to 20 May 21:05 UTC), with no configuration file.
 */
class RealLogImportTest {

  private static final Path LOG =
      Path.of(
          System.getProperty("brandpulse.shared.data", "../shared/data"),
          "real/logs/elastic-apache_logs.log");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void importLog() {
    assumeTrue(Files.isRegularFile(LOG), "shared real data not present: " + LOG);
    assertThat(run("metrics", "import", "--site", "semicomplete", "--access-log", LOG.toString()))
        .as(err.toString())
        .isZero();
  }

  @Test
  void importSaysWhatWasFilteredByReason() {
    run("metrics", "import", "--site", "semicomplete", "--access-log", LOG.toString(), "--json");
    Map<String, Object> totals = json();
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
    run("metrics", "growth", "--site", "semicomplete", "--period", "week", "--date", "2015-05-18");
    assertThat(out.toString())
        .contains("WARNING: this period is partial (69 of 168 hours have data)")
        .contains("the previous period is partial (14 of 168 hours have data, marked *)")
        .contains("partial, not compared")
        .doesNotContain("+427");
    run(
        "metrics",
        "growth",
        "--site",
        "semicomplete",
        "--period",
        "week",
        "--date",
        "2015-05-18",
        "--json");
    Map<String, Object> growth = json();
    assertThat(growth)
        .containsEntry("previousCovered", false)
        .containsEntry("currentCovered", false)
        .containsEntry("partial", true);
    assertThat(growth.get("coverage").toString()).contains("hours=13.92, of=168.0, partial=true");
  }

  @Test
  void wholeDaysCompareAndPartialDaysSayThatTheyArePartial() {
    run(
        "metrics",
        "growth",
        "--site",
        "semicomplete",
        "--period",
        "day",
        "--date",
        "2015-05-19",
        "--json");
    assertThat(json())
        .containsEntry("previousCovered", true)
        .containsEntry("currentCovered", true)
        .containsEntry("partial", false);
    run(
        "metrics",
        "growth",
        "--site",
        "semicomplete",
        "--period",
        "day",
        "--date",
        "2015-05-18",
        "--json");
    assertThat(json()).containsEntry("previousCovered", false).containsEntry("partial", true);
    run(
        "metrics",
        "growth",
        "--site",
        "semicomplete",
        "--period",
        "day",
        "--date",
        "2015-05-20",
        "--json");
    assertThat(json()).containsEntry("currentCovered", false).containsEntry("partial", true);
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    return BrandpulseCommand.commandLine(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            CliEnvironment.fixed(
                SteppingClock.startingAt("2026-10-20T06:00:00Z", java.time.Duration.ofSeconds(1)),
                dir))
        .execute(new ArrayList<>(List.of(args)).toArray(String[]::new));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> json() {
    return JsonMapper.builder().build().readValue(out.toString().strip(), Map.class);
  }
}
