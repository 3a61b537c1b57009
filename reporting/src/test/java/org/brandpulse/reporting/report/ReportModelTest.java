package org.brandpulse.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.brandpulse.reporting.chart.GaugeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportModelTest {

  @Test
  void builderOrdersSectionsAndMarksMissingOnesAbsent() {
    ReportModel model =
        ReportModel.builder("Brandpulse", ReportFixtures.WEEK, ReportFixtures.full().generatedAt())
            .absent(SectionKind.COVERAGE, "no source configured")
            .present(SectionKind.HEADLINE, new Block.Kpis(ReportFixtures.kpis()))
            .build();
    assertThat(model.sections()).extracting(Section::kind).containsExactly(SectionKind.values());
    assertThat(model.section(SectionKind.COVERAGE).orElseThrow().absentReason())
        .isEqualTo("no source configured");
    assertThat(model.section(SectionKind.SEO).orElseThrow().absentReason())
        .isEqualTo(ReportModel.Builder.NOT_COLLECTED);
    assertThat(model.headlineKpis()).hasSize(8);
    assertThat(model.charts()).isEmpty();
  }

  @Test
  void invalidModelsNameTheProblem() {
    Block.Chart gauge = new Block.Chart(new GaugeChart("g", "G", 1, 0, 2, ""));
    assertThatThrownBy(
            () ->
                ReportFixtures.builder()
                    .present(SectionKind.SEO, gauge)
                    .present(SectionKind.ANOMALIES, gauge)
                    .build())
        .hasMessageContaining("has chart id 'g' twice");
    assertThatThrownBy(() -> Section.absent(SectionKind.SEO, " "))
        .hasMessageContaining("absent section seo needs a non-blank reason");
    assertThatThrownBy(() -> new Section(SectionKind.SEO, "SEO", null, List.of()))
        .hasMessageContaining("section seo is present but has no blocks");
  }

  @Test
  void kpiChangeTexts() {
    assertThat(Kpi.of("Sessions", 40, 0.0, KpiUnit.COUNT).changeText()).isEqualTo("+40");
    assertThat(Kpi.of("Sessions", 40, null, KpiUnit.COUNT).changeText()).isEqualTo("n/a");
    assertThat(Kpi.of("Rate", 0.05, 0.04, KpiUnit.PERCENT).changeText()).isEqualTo("+1.0 pp");
    // a score crossing zero has no meaningful relative change
    assertThat(Kpi.of("Net sentiment", -4.2, 1.1, KpiUnit.SCORE).changeText()).isEqualTo("-5.3");
    assertThat(Kpi.of("Own posts", 9, 9.0, KpiUnit.COUNT).changeText()).isEqualTo("no change");
    assertThat(Kpi.lowerIsBetter("Open", 3, 5.0, KpiUnit.COUNT).trend()).isEqualTo("good");
    assertThat(Kpi.of("Users", 1_234_567, 1_234_567.0, KpiUnit.COUNT).valueText())
        .isEqualTo("1,234,567");
  }

  @ParameterizedTest
  @CsvSource({
    "https://example.com/a?b=1, true",
    "http://例え.jp/パス, false",
    "http://xn--r8jz45g.jp/p, true",
    "javascript:alert(1), false",
    "JAVASCRIPT:alert(1), false",
    "'data:text/html;base64,PHNjcmlwdD4=', false",
    "/relative/path, false",
    "'', false",
  })
  void onlyHttpAddressesBecomeLinks(String url, boolean linkable) {
    assertThat(Links.linkable(url)).isEqualTo(linkable);
  }

  @Test
  void enumsAreWordedForPeople() {
    assertThat(ComplaintRow.categoryLabel(ComplaintCategory.CUSTOMER_SERVICE))
        .isEqualTo("customer service");
    assertThat(ComplaintRow.categoryLabel(ComplaintCategory.NONE)).isEqualTo("question or request");
    assertThat(ComplaintRow.severityLabel(Severity.HIGH)).isEqualTo("high");
    assertThat(ComplaintRow.severityLabel(Severity.NONE)).isEqualTo("–");
    assertThat(SlaState.BREACHED.label()).isEqualTo("overdue");
    assertThat(CoverageRow.Status.COMPLETE.label()).isEqualTo("complete");
  }
}
