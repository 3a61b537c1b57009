package org.brandpulse.reporting.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.brandpulse.reporting.period.ExportRange;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.Kpi;
import org.brandpulse.reporting.report.Section;
import org.junit.jupiter.api.Test;

class SearchSectionTest {

  private static final Period WEEK = Period.containing(Granularity.WEEK, LocalDate.of(2025, 6, 2));
  private static final ExportRange MARCH =
      new ExportRange(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 4, 19));

  @Test
  void withNeitherDailyDataNorAnExportTheSectionSaysWhatIsStored() {
    Section s = SearchSection.build(input(new TreeMap<>()));
    assertThat(s.present()).isFalse();
    assertThat(s.absentReason())
        .isEqualTo(
            "the Search Console source gsc has no daily data and no export covering 2025-06-02 .."
                + " 2025-06-08 (exports stored: 2025-03-17..2025-04-19)");
  }

  @Test
  void dailyDataWithoutAnExportShowsTheFiguresAndSaysThereAreNoQueries() {
    TreeMap<LocalDate, Double> clicks = new TreeMap<>();
    clicks.put(LocalDate.of(2025, 6, 3), 4.0);
    Section s = SearchSection.build(input(clicks));
    assertThat(s.blocks()).hasSize(3);
    assertThat(((Block.Kpis) s.blocks().get(0)).kpis())
        .extracting(Kpi::name, Kpi::valueText, Kpi::changeText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Search clicks", "4", "n/a"),
            org.assertj.core.groups.Tuple.tuple("Search impressions", "40", "n/a"),
            org.assertj.core.groups.Tuple.tuple("Search CTR", "10.0 %", "n/a"),
            org.assertj.core.groups.Tuple.tuple("Average position", "7.5", "n/a"));
    assertThat(((Block.Note) s.blocks().get(2)).text())
        .isEqualTo(
            "No Search Console export of gsc covers this period, so no top queries or pages"
                + " (exports stored: 2025-03-17..2025-04-19).");
  }

  private static SearchSection.Input input(TreeMap<LocalDate, Double> clicks) {
    return new SearchSection.Input(
        "gsc",
        WEEK,
        new SearchSection.Totals(4, 40, 7.5),
        null,
        clicks,
        new TreeMap<>(),
        List.of(MARCH),
        null,
        null);
  }
}
