package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code metrics import --search-console} and {@code metrics growth} on the real export of
 * shared/data/real/search-console/zechanah (2025-03-17..2025-04-19, 110 clicks, 496 impressions).
 */
class RealSearchConsoleImportTest {

  private static final Path EXPORT =
      Path.of(
          System.getProperty("brandpulse.shared.data", "../shared/data"),
          "real/search-console/zechanah");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void present() {
    assumeTrue(Files.isDirectory(EXPORT), "shared real data not present: " + EXPORT);
  }

  @Test
  void importsTheFolderWithItsDailyTotals() {
    assertThat(
            run(
                "metrics",
                "import",
                "--site",
                "zechanah",
                "--search-console",
                EXPORT.toString(),
                "--json"))
        .as(err.toString())
        .isZero();
    assertThat(json())
        .containsEntry("from", "2025-03-17")
        .containsEntry("to", "2025-04-19")
        .containsEntry("days", 34)
        .containsEntry("clicks", 110)
        .containsEntry("impressions", 496);
  }

  @Test
  @SuppressWarnings("unchecked")
  void growthShowsClicksImpressionsCtrAndPositionOfWholeWeeks() {
    run("metrics", "import", "--site", "zechanah", "--search-console", EXPORT.toString());
    run(
        "metrics",
        "growth",
        "--site",
        "zechanah",
        "--source",
        "search-console",
        "--period",
        "week",
        "--date",
        "2025-04-07",
        "--json");
    Map<String, Object> growth = json();
    assertThat(growth).containsEntry("partial", false).containsEntry("previousCovered", true);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) growth.get("rows");
    assertThat(rows)
        .extracting(r -> r.get("name"))
        .containsExactly("clicks", "impressions", "clickThroughRate", "averagePosition");
    assertThat(rows.get(0)).containsEntry("current", 10.0);
    assertThat((Map<String, Object>) rows.get(0).get("previous")).containsEntry("base", 40.0);
    assertThat(rows.get(1)).containsEntry("current", 73.0);
    assertThat((Double) rows.get(3).get("current"))
        .isCloseTo(19.85, org.assertj.core.data.Offset.offset(0.01));
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    return BrandpulseCommand.commandLine(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            CliEnvironment.fixed(
                SteppingClock.startingAt("2026-10-20T06:00:00Z", java.time.Duration.ofSeconds(1)),
                dir))
        .execute(args);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> json() {
    return JsonMapper.builder().build().readValue(out.toString().strip(), Map.class);
  }
}
