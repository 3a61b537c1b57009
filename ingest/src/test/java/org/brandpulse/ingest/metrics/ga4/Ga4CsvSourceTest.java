package org.brandpulse.ingest.metrics.ga4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.brandpulse.ingest.metrics.MetricRows.values;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ga4CsvSourceTest {

  private static final Path DIR = Path.of("src/test/resources/metrics/ga4");
  private static final LocalDate ANY = LocalDate.of(2000, 1, 1);

  @TempDir Path tmp;

  @Test
  void readsChannelTableWithThousandsSeparatorsAndBouncesFromEngagedSessions() throws Exception {
    MetricsBatch batch = fetch(DIR.resolve("traffic-acquisition-channels.csv"));

    assertThat(batch.from()).isEqualTo("2026-01-01");
    assertThat(batch.to()).isEqualTo("2026-01-03");
    assertThat(values(batch))
        .hasSize(24)
        .contains(
            entry("2026-01-01 channel 'Organic Search' visitors", 1204.0),
            entry("2026-01-01 channel 'Organic Search' sessions", 1530.0),
            entry("2026-01-01 channel 'Organic Search' bounces", 428.0),
            entry("2026-01-01 channel 'Organic Search' conversions", 14.0),
            entry("2026-01-01 channel 'Organic Social' bounces", 56.0),
            entry("2026-01-02 channel 'Direct' bounces", 279.0),
            entry("2026-01-03 channel 'Organic Search' sessions", 1655.0));
    assertThat(values(batch).keySet()).noneMatch(k -> k.contains("Grand total"));
    assertThat(batch.skipped())
        .extracting(SkippedRecord::location)
        .containsExactly("traffic-acquisition-channels.csv:16");
    assertThat(batch.skipped().get(0).reason()).contains("'2026013'", "yyyyMMdd");
  }

  @Test
  void readsEveryTableOfAFileWithMultilingualLandingPages() throws Exception {
    Map<String, Double> values = values(fetch(DIR.resolve("landing-pages.csv")));

    assertThat(values)
        .hasSize(15 + 9 + 4)
        .contains(
            entry("2026-01-01 landing_page '/bn/পণ্য/চা' sessions", 320.0),
            entry("2026-01-01 landing_page '/bn/পণ্য/চা' visitors", 301.0),
            entry("2026-01-01 landing_page '/' sessions", 1010.0),
            entry("2026-01-02 landing_page '/ar/منتجات' conversions", 0.0),
            entry("2026-01-03 landing_page '/blog/🚀-launch?utm_source=x' visitors", 12.0),
            entry("2026-01-01 total '' pageviews", 4021.0),
            entry("2026-01-01 total '' bounces", 600.0),
            entry("2026-01-02 total '' bounces", 592.0),
            entry("2026-01-03 total '' bounces", 578.0),
            entry("2026-01-01 goal 'purchase' conversions", 14.0),
            entry("2026-01-02 goal 'sign_up' visitors", 9.0));
    assertThat(values).doesNotContainKey("2026-01-03 landing_page '/bn/পণ্য/চা' sessions");
    assertThat(values.keySet()).noneMatch(k -> k.contains("page_view"));
  }

  @Test
  void reportsBadRowsAndUnreadableTablesWithFileAndLine() throws Exception {
    List<SkippedRecord> skipped = fetch(DIR.resolve("landing-pages.csv")).skipped();

    assertThat(skipped)
        .extracting(SkippedRecord::location)
        .containsExactly(
            "landing-pages.csv:16",
            "landing-pages.csv:17",
            "landing-pages.csv:18",
            "landing-pages.csv:28",
            "landing-pages.csv:39");
    assertThat(skipped)
        .extracting(SkippedRecord::reason)
        .satisfiesExactly(
            r ->
                assertThat(r)
                    .isEqualTo(
                        "Sessions '1,1,1' is not a number >= 0 (expected e.g. 1234, 1,234, 0.45 or 45%)"),
            r -> assertThat(r).startsWith("malformed CSV, expected RFC 4180 quoting"),
            r -> assertThat(r).isEqualTo("expected 8 columns as in the table header, found 4"),
            r ->
                assertThat(r)
                    .isEqualTo(
                        "date 2026-01-04 lies outside the export's range 2026-01-01..2026-01-03"),
            r -> assertThat(r).startsWith("table header not recognised: expected a Date"));
    assertThat(skipped.get(1).text()).isEqualTo("0002,/bn/অফার,99,\"97,88,70,10.0,1,0");
    assertThat(skipped).allMatch(s -> s.source().equals("ga4"));
  }

  @Test
  void coversAllFilesAndLetsALaterExportReplaceRevisedDays() throws Exception {
    Path revised =
        write(
            "revised.csv",
            "# Start date: 20260103\n# End date: 20260104\n\n"
                + "Date,Session default channel group,Sessions\n"
                + "20260103,Organic Search,1700\n20260104,Direct,3\n");

    MetricsBatch batch = fetch(DIR.resolve("traffic-acquisition-channels.csv"), revised);

    assertThat(batch.from()).isEqualTo("2026-01-01");
    assertThat(batch.to()).isEqualTo("2026-01-04");
    assertThat(values(batch))
        .contains(
            entry("2026-01-03 channel 'Organic Search' sessions", 1700.0),
            entry("2026-01-03 channel 'Organic Search' visitors", 1301.0),
            entry("2026-01-04 channel 'Direct' sessions", 3.0));
  }

  @Test
  void takesTheRangeFromTheRowsWithoutDateComments() throws Exception {
    Path file =
        write("nocomments.csv", "Date,Total users,Views\r\n20260210,5,9\r\n20260212,6,8\r\n");

    MetricsBatch batch = fetch(file);

    assertThat(batch.from()).isEqualTo("2026-02-10");
    assertThat(batch.to()).isEqualTo("2026-02-12");
    assertThat(values(batch))
        .containsExactly(
            entry("2026-02-10 total '' visitors", 5.0),
            entry("2026-02-10 total '' pageviews", 9.0),
            entry("2026-02-12 total '' visitors", 6.0),
            entry("2026-02-12 total '' pageviews", 8.0));
  }

  @Test
  void readsDayOfMonthTablesWithinOneMonth() throws Exception {
    Path file =
        write(
            "days.csv",
            "# Start date: 20260201\n# End date: 20260228\nDay,Country,Sessions\n"
                + "07,বাংলাদেশ,41\n07,日本,2\n");

    assertThat(values(fetch(file)))
        .containsExactly(
            entry("2026-02-07 country 'বাংলাদেশ' sessions", 41.0),
            entry("2026-02-07 country '日本' sessions", 2.0));
  }

  @Test
  void tableWithoutRowsCoversTheCommentedPeriodWithNoValues() throws Exception {
    Path file = write("quiet.csv", "# Start date: 20260301\n# End date: 20260307\nDate,Sessions\n");

    MetricsBatch batch = fetch(file);

    assertThat(batch.from()).isEqualTo("2026-03-01");
    assertThat(batch.to()).isEqualTo("2026-03-07");
    assertThat(batch.values()).isEmpty();
  }

  @Test
  void tableWithoutRowsOrEndDateCannotBePlaced() throws Exception {
    Path file = write("open.csv", "# Start date: 20260301\nDate,Sessions\n");

    assertThatThrownBy(() -> fetch(file))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("no dated rows and no '# Start date'/'# End date' comments");
  }

  @Test
  void emptyFileIsAnError() {
    assertThatThrownBy(() -> fetch(DIR.resolve("empty.csv")))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("empty.csv is empty")
        .hasMessageContaining("expected '# Start date' comments");
  }

  @Test
  void fileOfAnotherKindNamesItsHeadersAndWhatWasExpected() {
    assertThatThrownBy(() -> fetch(DIR.resolve("search-console-queries.csv")))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("search-console-queries.csv has no table this source can read")
        .hasMessageContaining("found headers [Top queries,Clicks,Impressions,CTR,Position]")
        .hasMessageContaining("expected a Date (or Nth day, Day) column");
  }

  @Test
  void missingFileIsAnError() {
    assertThatThrownBy(() -> fetch(tmp.resolve("nope.csv")))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("cannot read GA4 export")
        .hasMessageContaining("nope.csv");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static MetricsBatch fetch(Path... files) throws SourceException {
    return new Ga4CsvSource("ga4", List.of(files)).fetch(ANY, ANY);
  }
}
