package org.brandpulse.ingest.metrics.searchconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.brandpulse.ingest.metrics.MetricRows.ranges;
import static org.brandpulse.ingest.metrics.MetricRows.values;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchConsoleCsvSourceTest {

  private static final Path DIR = Path.of("src/test/resources/metrics/searchconsole");
  private static final Path ZIP =
      DIR.resolve("https___brandpulse.example_-Performance-on-Search-2026-01-08.zip");
  private static final Path LOOSE = DIR.resolve("loose");
  private static final LocalDate ANY = LocalDate.of(2000, 1, 1);

  @TempDir Path tmp;

  @Test
  void readsTheZipExportWithDailyTotalsAndRangeTotals() throws Exception {
    MetricsBatch batch = fetch(ZIP);

    assertThat(batch.from()).isEqualTo("2026-01-01");
    assertThat(batch.to()).isEqualTo("2026-01-07");
    assertThat(values(batch))
        .hasSize(7 * 3)
        .contains(
            entry("2026-01-01 total '' clicks", 75.0),
            entry("2026-01-01 total '' impressions", 2450.0),
            entry("2026-01-01 total '' position", 9.6),
            entry("2026-01-07 total '' impressions", 4120.0));
    assertThat(ranges(batch))
        .hasSize(6 + 3 + 3 + 3)
        .contains(
            entry("2026-01-01..2026-01-07 search_query 'brandpulse'", "310/2450/1.40"),
            entry(
                "2026-01-01..2026-01-07 search_page 'https://brandpulse.example/bn/পণ্য/চা'",
                "96/2310/6.10"),
            entry("2026-01-01..2026-01-07 country 'Bangladesh'", "420/11200/7.20"),
            entry("2026-01-01..2026-01-07 device 'Tablet'", "6/405/11.00"));
    assertThat(ranges(batch).keySet()).noneMatch(k -> k.contains("Review snippet"));
  }

  /** Regression: range tables were dated on the export's last day as if they were that day's. */
  @Test
  void rangeTablesAreNotDatedOnAnyDay() throws Exception {
    assertThat(values(fetch(ZIP)).keySet()).allMatch(k -> k.contains(" total ''"));
  }

  @Test
  void reportsBadRowsWithZipEntryAndLine() throws Exception {
    List<SkippedRecord> skipped = fetch(ZIP).skipped();

    assertThat(skipped)
        .extracting(s -> s.location() + " " + s.reason())
        .containsExactly(
            ZIP.getFileName()
                + "!Queries.csv:6 Impressions '1,02' is not a number >= 0"
                + " (expected e.g. 1234, 1,234, 0.45 or 45%)",
            ZIP.getFileName() + "!Pages.csv:5 expected 5 columns as in the header, found 2");
    assertThat(skipped.get(0).text()).isEqualTo("brandpulse 🚀 pricing,3,\"1,02\",2.94%,11.2");
  }

  @Test
  void looseCsvFilesGiveTheSameValuesAsTheZip() throws Exception {
    List<Path> loose;
    try (var files = Files.list(LOOSE)) {
      loose = files.sorted().toList();
    }

    MetricsBatch batch = fetch(loose.toArray(Path[]::new));

    assertThat(values(batch)).isEqualTo(values(fetch(ZIP)));
    assertThat(ranges(batch)).isEqualTo(ranges(fetch(ZIP)));
    assertThat(batch.skipped())
        .extracting(SkippedRecord::location)
        .containsExactly("Pages.csv:5", "Queries.csv:6");
  }

  @Test
  void exportWithoutDatesUsesTheRangeGivenToTheConstructor() throws Exception {
    List<Path> files = List.of(LOOSE.resolve("Queries.csv"), LOOSE.resolve("Filters.csv"));
    var source =
        new SearchConsoleCsvSource(
            "gsc", files, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 28));

    MetricsBatch batch = source.fetch(ANY, ANY);

    assertThat(batch.from()).isEqualTo("2026-01-01");
    assertThat(batch.to()).isEqualTo("2026-01-28");
    assertThat(values(batch)).isEmpty();
    assertThat(ranges(batch))
        .hasSize(6)
        .containsEntry("2026-01-01..2026-01-28 search_query 'brandpulse'", "310/2450/1.40");
  }

  @Test
  void exportWithoutDatesAndARelativeDateFilterCannotBePlacedInTime() {
    List<Path> files = List.of(LOOSE.resolve("Queries.csv"), LOOSE.resolve("Filters.csv"));

    assertThatThrownBy(() -> new SearchConsoleCsvSource("gsc", files).fetch(ANY, ANY))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("Queries.csv, Filters.csv cannot be placed in time")
        .hasMessageContaining("its date filter is 'Last 7 days'")
        .hasMessageContaining("expected a Dates.csv table or the exported period");
  }

  @Test
  void takesExplicitDatesFromTheDateFilter() throws Exception {
    Path filters = write("Filters.csv", "Filter,Value\nDate,Custom: 2026-02-01 - 2026-02-14\n");
    Path pages = write("Pages.csv", "Top pages,Clicks,Impressions,CTR,Position\n/x,1,10,10%,2\n");

    MetricsBatch batch = fetch(pages, filters);

    assertThat(batch.from()).isEqualTo("2026-02-01");
    assertThat(ranges(batch))
        .containsExactly(entry("2026-02-01..2026-02-14 search_page '/x'", "1/10/2.00"));
  }

  @Test
  void aLaterExportReplacesRevisedDays() throws Exception {
    Path revised =
        write(
            "Dates.csv",
            "Date,Clicks,Impressions,CTR,Position\n2026-01-07,140,4200,3.3%,8.0\n2026-01-08,5,90,5.6%,7.5\n");

    MetricsBatch batch = fetch(ZIP, revised);

    assertThat(batch.to()).isEqualTo("2026-01-08");
    assertThat(values(batch))
        .containsEntry("2026-01-07 total '' clicks", 140.0)
        .containsEntry("2026-01-06 total '' clicks", 118.0);
    assertThat(ranges(batch)).containsKey("2026-01-01..2026-01-07 search_query 'brandpulse'");
  }

  @Test
  void emptyFileIsAnError() {
    assertThatThrownBy(() -> fetch(DIR.resolve("empty.csv")))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("empty.csv is empty: expected a first column Top queries");
  }

  @Test
  void fileOfAnotherKindNamesItsHeaderAndWhatWasExpected() {
    assertThatThrownBy(() -> fetch(DIR.resolve("Critical issues.csv")))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "Critical issues.csv is not a Search Console performance export table: found header"
                + " [Reason, Source, Validation, Trend, Pages], expected "
                + TableKind.EXPECTED);
  }

  @Test
  void brokenZipIsAnError() {
    assertThatThrownBy(() -> fetch(DIR.resolve("broken.zip")))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("broken.zip is not a readable ZIP");
  }

  @Test
  void rangeMustBeWholeAndInOrder() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new SearchConsoleCsvSource(
                    "gsc", List.of(ZIP), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .withMessageContaining("2026-02-01..2026-01-01");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static MetricsBatch fetch(Path... files) throws SourceException {
    return new SearchConsoleCsvSource("gsc", List.of(files)).fetch(ANY, ANY);
  }
}
