package org.brandpulse.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTopsTest {

  private static final ExportRange MARCH = range("2025-03-17", "2025-04-19");
  private static final ExportRange APRIL = range("2025-04-20", "2025-05-23");
  private static final ExportRange.Pair PAIR = new ExportRange.Pair(APRIL, MARCH);

  @Test
  void ranksByClicksThenImpressionsAndSaysNewKeptAndLost() {
    SearchTops tops =
        SearchTops.of(
            Dimension.SEARCH_QUERY,
            PAIR,
            List.of(
                q(APRIL, "hci direct", 50, 80, 2.0),
                q(APRIL, "hcl chairs", 0, 45, 23.4),
                q(APRIL, "চা & <b>", 3, 9, 4.0)),
            List.of(q(MARCH, "hci direct", 44, 71, 2.13), q(MARCH, "hcidirect", 23, 30, 1.33)),
            10);

    assertThat(tops.top())
        .extracting(e -> e.key() + " " + e.status(true))
        .containsExactly("hci direct KEPT", "চা & <b> NEW", "hcl chairs NEW");
    assertThat(tops.lost()).extracting(SearchEntry::key).containsExactly("hcidirect");
    SearchEntry kept = tops.top().get(0);
    assertThat(kept.clicks().absolute()).isEqualTo(6);
    assertThat(kept.positionChange()).isCloseTo(-0.13, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(kept.ctrPoints()).isCloseTo(62.5 - 61.97, org.assertj.core.data.Offset.offset(0.01));
    assertThat(tops.lost().get(0).clicks().absolute()).isEqualTo(-23);
    assertThat(tops.listed()).isEqualTo(3);
    assertThat(tops.newEntries()).isEqualTo(2);
  }

  @Test
  void withoutAPreviousExportNothingIsNewOrLost() {
    SearchTops tops =
        SearchTops.of(
            Dimension.SEARCH_PAGE,
            new ExportRange.Pair(MARCH, null),
            List.of(q(MARCH, "/a", 1, 2, 1.0), q(MARCH, "/b", 1, 3, 1.0)),
            List.of(),
            1);
    assertThat(tops.compared()).isFalse();
    assertThat(tops.top())
        .extracting(e -> e.key() + " " + e.status(false))
        .containsExactly("/b ONLY");
    assertThat(tops.lost()).isEmpty();
  }

  /**
   * Stored exports, a day of the week: the current export (most days of the week, then ending
   * nearest its end) and the one compared with.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-03-17..2025-04-19, 2025-04-20..2025-05-23 | 2025-05-19 | 2025-04-20..2025-05-23 | 2025-03-17..2025-04-19",
        "2025-03-17..2025-04-19, 2025-04-20..2025-05-23 | 2025-04-07 | 2025-03-17..2025-04-19 | ",
        "2025-03-17..2025-04-19, 2025-04-20..2025-05-23 | 2025-06-02 | | ",
        "2025-01-01..2025-03-31, 2025-03-01..2025-03-28, 2025-03-29..2025-04-25 | 2025-04-21 | 2025-03-29..2025-04-25 | 2025-03-01..2025-03-28",
        "2025-03-01..2025-03-28, 2025-03-22..2025-03-28 | 2025-03-24 | 2025-03-22..2025-03-28 | ",
        "2025-03-17..2025-04-19, 2025-04-20..2025-05-23 | 2025-04-14 | 2025-03-17..2025-04-19 | ",
        "2025-04-07..2025-05-04, 2025-04-14..2025-05-11, 2025-04-21..2025-05-18 | 2025-05-05 | 2025-04-14..2025-05-11 | 2025-04-07..2025-05-04",
      })
  void picksTheExportCoveringMostOfTheWeekAndTheOneBeforeItOfTheSameLength(
      String stored, LocalDate week, String current, String previous) {
    List<ExportRange> ranges =
        java.util.Arrays.stream(stored.split(","))
            .map(String::strip)
            .map(r -> range(r.substring(0, 10), r.substring(12)))
            .toList();
    var pair = ExportRange.pick(ranges, Period.containing(Granularity.WEEK, week));
    assertThat(pair.map(p -> p.current().toString()).orElse(null)).isEqualTo(current);
    assertThat(pair.map(p -> String.valueOf(p.previous())).orElse(null))
        .isEqualTo(current == null ? null : previous == null ? "null" : previous);
  }

  private static ExportRange range(String from, String to) {
    return new ExportRange(LocalDate.parse(from), LocalDate.parse(to));
  }

  private static RangeTotal q(ExportRange r, String key, double c, double i, double p) {
    return new RangeTotal(r.from(), r.to(), Dimension.SEARCH_QUERY, key, c, i, p);
  }
}
