package org.brandpulse.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EChartsOptionsTest {

  @Test
  void stackedAreaHasDaysStackAndGaps() {
    String json = EChartsOptions.json(Charts.traffic());
    assertThat(json)
        .contains("\"type\":\"line\"", "\"stack\":\"total\"", "\"areaStyle\"")
        .contains("\"2026-11-23\"", "\"2026-11-26\"", "[120.0,135.0,\"-\",150.5]")
        .contains("সামাজিক মাধ্যম", "\"animation\":false", "\"legend\"");
  }

  @Test
  void horizontalBarPutsCategoriesOnTheYAxis() {
    String json = EChartsOptions.json(Charts.shareOfVoice());
    assertThat(json)
        .contains("\"type\":\"bar\"", "\"inverse\":true", "منافس", "競合 😀")
        .doesNotContain("\"stack\"");
    assertThat(json.indexOf("\"yAxis\":{\"type\":\"category\"")).isPositive();
  }

  @Test
  void longCategoriesAreShortOnTheAxisAndFullInTooltipAndTable() {
    BarChart chart = Charts.landingPages();
    String full = chart.categories().get(1);
    String json = EChartsOptions.json(chart);
    assertThat(json)
        .contains("\"data\":[\"/\",\"" + Labels.axisLabel(full) + "\",\"/<b>sale</b>\"]")
        .contains("{\"name\":\"" + full + "\",\"value\":24.0}")
        .contains("{\"name\":\"/<b>sale</b>\",\"value\":\"-\"}")
        .contains("\"tooltip\":{\"trigger\":\"item\"}")
        .contains("\"right\":80");
    assertThat(Labels.axisLabel(full)).isNotEqualTo(full).startsWith("/category/").endsWith("২০২৬");
    assertThat(chart.table().header())
        .containsExactly("Landing page", "This period (sessions)", "Previous period (sessions)");
    assertThat(chart.table().rows().get(1)).containsExactly(full, "24", "31");
  }

  @Test
  void shortCategoriesKeepTheAxisTooltip() {
    String json = EChartsOptions.json(Charts.shareOfVoice());
    assertThat(json).contains("\"trigger\":\"axis\"").doesNotContain("\"name\":\"Brandpulse\"");
    assertThat(Charts.shareOfVoice().table().header()).containsExactly("Category", "Mentions");
  }

  @Test
  void aSeriesNamedLikeItsUnitIsNotRepeatedInTheHeading() {
    BarChart keywords =
        new BarChart(
            "top-keywords",
            "Keywords",
            List.of("ইলিশ"),
            List.of(Series.of("posts", 9)),
            false,
            true,
            "posts",
            "Keyword");
    assertThat(keywords.table().header()).containsExactly("Keyword", "posts");
  }

  @Test
  void pieAndGauge() {
    assertThat(EChartsOptions.json(Charts.sentiment()))
        .contains("\"type\":\"pie\"", "\"radius\":[\"40%\",\"70%\"]", "\"name\":\"negative\"");
    assertThat(EChartsOptions.json(Charts.health()))
        .contains("\"type\":\"gauge\"", "\"max\":100.0", "\"value\":87.5");
  }

  @Test
  void tablesCarryTheSameNumbers() {
    assertThat(Charts.traffic().table().header())
        .containsExactly("Day", "Organic (sessions)", "সামাজিক মাধ্যম (sessions)");
    assertThat(Charts.traffic().table().rows().get(2)).containsExactly("2026-11-25", "", "39");
    assertThat(Charts.traffic().table().rows().get(3)).containsExactly("2026-11-26", "150.5", "61");
    assertThat(Charts.sentiment().table().rows().get(0))
        .containsExactly("positive", "310", "62.0 %");
    assertThat(Charts.health().table().rows()).containsExactly(List.of("87.5 /100", "0 to 100"));
  }

  @Test
  void invalidSpecsNameTheChart() {
    LocalDate d = LocalDate.of(2026, 11, 23);
    assertThatThrownBy(
            () ->
                new TimeSeriesChart(
                    "t",
                    "T",
                    List.of(d, d),
                    List.of(Series.of("a", 1, 2)),
                    TimeSeriesChart.Style.LINE,
                    ""))
        .hasMessageContaining("chart 't' day 1 (2026-11-23) does not follow");
    assertThatThrownBy(
            () ->
                new BarChart(
                    "b", "B", List.of("x", "y"), List.of(Series.of("s", 1)), false, false, ""))
        .hasMessageContaining("series 's' has 1 values, expected one per x position: 2");
    assertThatThrownBy(() -> Series.of("n", 1, Double.NaN))
        .hasMessageContaining("series 'n' value 1 is NaN");
    assertThatThrownBy(() -> new GaugeChart("Bad Id", "x", 1, 0, 2, ""))
        .hasMessageContaining("chart id 'Bad Id' is not valid");
  }
}
