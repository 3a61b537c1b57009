package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code metrics import --search-console} and {@code metrics growth} on the real export of
 * shared/data/real/search-console/zechanah (2025-03-17..2025-04-19, 110 clicks, 496 impressions).
 */
class RealSearchConsoleImportTest {

  private static final Path EXPORT = CliRun.sharedData("real/search-console/zechanah");

  @TempDir Path dir;

  private CliRun cli;

  @BeforeEach
  void present() {
    cli = new CliRun(dir);
    assumeTrue(Files.isDirectory(EXPORT), "shared real data not present: " + EXPORT);
  }

  @Test
  void importsTheFolderWithItsDailyTotals() {
    assertThat(
            cli.run(
                "metrics",
                "import",
                "--site",
                "zechanah",
                "--search-console",
                EXPORT.toString(),
                "--json"))
        .as(cli.err())
        .isZero();
    assertThat(cli.json())
        .containsEntry("from", "2025-03-17")
        .containsEntry("to", "2025-04-19")
        .containsEntry("days", 34)
        .containsEntry("clicks", 110)
        .containsEntry("impressions", 496);
  }

  @Test
  @SuppressWarnings("unchecked")
  void growthShowsClicksImpressionsCtrAndPositionOfWholeWeeks() {
    cli.run("metrics", "import", "--site", "zechanah", "--search-console", EXPORT.toString());
    cli.run(
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
    Map<String, Object> growth = cli.json();
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
}
