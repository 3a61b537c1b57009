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
        .containsEntry("impressions", 496)
        .containsEntry("rangeTotals", 53 + 49 + 45 + 3);
  }

  @Test
  @SuppressWarnings("unchecked")
  void growthShowsTheTopQueriesAndPagesOfTheExportCoveringTheWeek() {
    cli.run("metrics", "import", "--site", "zechanah", "--search-console", EXPORT.toString());
    Map<String, Object> search = growthSearch("2025-04-07");

    assertThat(search.get("current"))
        .isEqualTo(Map.of("from", "2025-03-17", "to", "2025-04-19", "days", 34));
    assertThat(search.get("previous")).isNull();
    Map<String, Object> queries = (Map<String, Object>) search.get("queries");
    assertThat(queries).containsEntry("listed", 53);
    List<Map<String, Object>> top = (List<Map<String, Object>>) queries.get("top");
    assertThat(top).hasSize(10);
    assertThat(top.subList(0, 3))
        .extracting(q -> q.get("key") + " " + q.get("clicks") + " " + q.get("status"))
        .containsExactly("hci direct 44.0 only", "hcidirect 23.0 only", "hci chairs 1.0 only");
    List<Map<String, Object>> pages =
        (List<Map<String, Object>>) ((Map<String, Object>) search.get("pages")).get("top");
    assertThat(pages.get(0))
        .containsEntry("key", "https://www.hcidirect.co.uk/")
        .containsEntry("clicks", 96.0)
        .containsEntry("impressions", 243.0)
        .containsEntry("position", 8.84);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aLaterExportShowsEachQuerysChangeAndTheNewAndLostOnes() throws Exception {
    Path later = RealSearchExports.writeLater(dir.resolve("later"));
    cli.run("metrics", "import", "--site", "zechanah", "--search-console", EXPORT.toString());
    assertThat(cli.run("metrics", "import", "--site", "zechanah", "--search-console", "" + later))
        .as(cli.err())
        .isZero();
    Map<String, Object> search = growthSearch("2025-05-12");

    assertThat(search.get("current"))
        .isEqualTo(Map.of("from", "2025-04-20", "to", "2025-05-23", "days", 34));
    assertThat(search.get("previous"))
        .isEqualTo(Map.of("from", "2025-03-17", "to", "2025-04-19", "days", 34));
    Map<String, Object> queries = (Map<String, Object>) search.get("queries");
    List<Map<String, Object>> top = (List<Map<String, Object>>) queries.get("top");
    assertThat(top.get(0))
        .containsEntry("key", "hci direct")
        .containsEntry("status", "kept")
        .containsEntry(
            "change",
            Map.of(
                "clicks",
                6.0,
                "impressions",
                9.0,
                "ctrPoints",
                (50 / 80.0 - 44 / 71.0) * 100,
                "position",
                0.0));
    assertThat(top.get(1))
        .containsEntry("key", RealSearchExports.HOSTILE_QUERY)
        .containsEntry("status", "new");
    assertThat((List<Map<String, Object>>) queries.get("lost"))
        .extracting(q -> q.get("key") + " " + q.get("clicks"))
        .containsExactly("hcidirect 23.0");

    cli.run(
        "metrics",
        "growth",
        "--site",
        "zechanah",
        "--source",
        "search-console",
        "--date",
        "2025-05-12");
    assertThat(cli.out())
        .contains("export 2025-04-20..2025-05-23 (34 days) against export 2025-03-17..2025-04-19")
        .contains("Top queries (53 listed):", "Top pages (50 listed):")
        .contains("lost: had 23 clicks, 30 impressions")
        .contains("https://www.hcidirect.co.uk/product/চেয়ার/");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> growthSearch(String date) {
    assertThat(
            cli.run(
                "metrics",
                "growth",
                "--site",
                "zechanah",
                "--source",
                "search-console",
                "--date",
                date,
                "--json"))
        .as(cli.err())
        .isZero();
    return (Map<String, Object>) cli.json().get("search");
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
