package org.brandpulse.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.reporting.chart.BarChart;
import org.brandpulse.reporting.chart.EChartsOptions;
import org.brandpulse.reporting.chart.EChartsScript;
import org.brandpulse.reporting.chart.Labels;
import org.brandpulse.reporting.chart.Series;
import org.brandpulse.reporting.chart.TimeSeriesChart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReportHtmlRendererTest {

  private static final ReportHtmlRenderer RENDERER = new ReportHtmlRenderer();
  private static final String HTML = RENDERER.render(ReportFixtures.full());
  private static final Document DOC = Jsoup.parse(HTML);

  /** The page without the inlined ECharts library, so failure messages stay readable. */
  private static final String PAGE = HTML.replace(EChartsScript.inlineText(), "");

  @Test
  void everySectionInOrderWithHeading() {
    List<String> ids = DOC.select("main > section").eachAttr("id");
    assertThat(ids)
        .containsExactly(
            "headline",
            "traffic",
            "landing-pages",
            "search",
            "mentions",
            "share-of-voice",
            "keywords",
            "top-posts",
            "own-posts",
            "complaints",
            "seo",
            "anomalies",
            "coverage");
    assertThat(DOC.select("main > section.absent")).isEmpty();
    assertThat(DOC.title()).isEqualTo("Brandpulse ব্র্যান্ড report 2026-W48");
    assertThat(DOC.select("#headline .kpi")).hasSize(8);
    assertThat(DOC.select("#headline .kpi.bad .kpi-name").eachText())
        .containsExactly("Net sentiment", "Complaints open");
    assertThat(DOC.select("#headline .kpi").first().text())
        .isEqualTo("Sessions 14,120 +787 (+5.9 %) previous period 13,333");
  }

  @Test
  void statesAreWordsNotEnumNames() {
    assertThat(DOC.select("#complaints td.sla-BREACHED").eachText()).containsExactly("overdue");
    assertThat(DOC.select("#complaints td.sla-DUE_SOON").eachText()).containsExactly("due soon");
    assertThat(DOC.select("#coverage td.status-PARTIAL").eachText()).containsExactly("partial");
    assertThat(DOC.select("main td").eachText()).doesNotContain("BREACHED", "COMPLETE", "OK");
  }

  @Test
  void absentSectionsSayWhy() {
    ReportModel model =
        ReportModel.builder("Brandpulse", ReportFixtures.WEEK, ReportFixtures.full().generatedAt())
            .present(SectionKind.HEADLINE, new Block.Kpis(ReportFixtures.kpis()))
            .absent(SectionKind.TRAFFIC, "no site metrics imported for this site")
            .build();
    Document doc = Jsoup.parse(RENDERER.render(model));
    assertThat(doc.select("#traffic.absent .absent-reason").text())
        .isEqualTo("No data: no site metrics imported for this site.");
    assertThat(doc.select("#seo.absent .absent-reason").text())
        .isEqualTo("No data: " + ReportModel.Builder.NOT_COLLECTED + ".");
    assertThat(doc.select("main > section.absent")).hasSize(SectionKind.values().length - 1);
    assertThat(doc.select("figure, [data-chart]")).isEmpty();
    assertThat(doc.select("nav .missing")).hasSize(SectionKind.values().length - 1);
  }

  @Test
  void postAndPageTextIsEscaped() {
    assertThat(PAGE)
        .doesNotContain(
            "<script>alert(1)", "<img src=x", "href=\"javascript:", "<script>x</script>")
        .contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
    assertThat(DOC.select("img, [onerror]")).isEmpty();
    assertThat(DOC.select("#top-posts td.post-text").eachText())
        .contains(ReportFixtures.SCRIPT_POST, ReportFixtures.ATTRIBUTE_POST);
    assertThat(DOC.select("#top-posts a[href]").eachAttr("href"))
        .containsExactly("https://mastodon.example/@rahul/1", "https://x.example/p?a=1&b='2'");
    assertThat(DOC.select("#top-posts td").eachText()).contains("javascript:alert(3)", "spam<bot>");
    assertThat(DOC.select("#landing-pages td").eachText()).contains("/blog/<script>x</script>");
    assertThat(DOC.select("#search td").eachText())
        .contains(ReportFixtures.SCRIPT_QUERY, "https://brandpulse.example/bn/চা?<b>=1");
    assertThat(PAGE).doesNotContain("<script>alert(4)").doesNotContain("<b>=1");
  }

  @Test
  void selfContainedWithoutExternalResources() {
    assertThat(DOC.select("[src], link, iframe, object, embed, base, img")).isEmpty();
    for (Element e : DOC.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (a.getValue().contains("://")) {
          assertThat(e.tagName() + "[" + a.getKey() + "]").isEqualTo("a[href]");
        }
      }
    }
    String css = DOC.select("style").html();
    assertThat(css).doesNotContain("url(", "@import").contains("@media print");
    assertThat(DOC.select("script:not([type])").first().html()).contains("data-script-errors");
    assertThat(HTML).contains(EChartsScript.inlineText());
    assertThat(PAGE).contains("renderer: 'svg'", "data-charts-rendered");
  }

  @Test
  void everyChartHasItsOptionAndDataTableBeside() {
    JsonMapper json = JsonMapper.builder().build();
    List<Element> figures = DOC.select("figure.chart-block");
    assertThat(figures).hasSize(ReportFixtures.full().charts().size()).hasSize(11);
    for (var chart : ReportFixtures.full().charts()) {
      Element figure = DOC.getElementById("figure-" + chart.id());
      assertThat(figure.select("[data-chart]").attr("data-chart")).isEqualTo(chart.id());
      assertThat(figure.select("table caption").text()).isEqualTo(chart.title());
      assertThat(figure.select("tbody tr")).hasSize(chart.table().rows().size());
      String option = figure.select("script[type=application/json]").first().data();
      assertThat(json.readTree(option)).isEqualTo(json.readTree(EChartsOptions.json(chart)));
    }
    assertThat(DOC.select("#figure-traffic-by-day thead th").eachText())
        .containsExactly("Day", "organic (sessions)", "social (sessions)", "direct (sessions)");
    assertThat(DOC.select("figure.wide")).isEmpty();
  }

  @Test
  void aTableOfManyColumnsGoesBelowItsChart() {
    List<LocalDate> days = ReportFixtures.WEEK.days().toList();
    List<Series> channels = new ArrayList<>();
    for (String channel : List.of("Organic Search", "Direct", "Social", "Paid Search", "Email")) {
      channels.add(Series.of(channel, 1, 2, 3, 4, 5, 6, 7));
    }
    ReportModel model =
        ReportFixtures.builder()
            .present(
                SectionKind.TRAFFIC,
                new Block.Chart(
                    new TimeSeriesChart(
                        "traffic-by-channel",
                        "Sessions per day by channel",
                        days,
                        channels,
                        TimeSeriesChart.Style.STACKED_AREA,
                        "sessions")))
            .build();
    Document doc = Jsoup.parse(RENDERER.render(model));
    assertThat(doc.select("figure.wide").eachAttr("id"))
        .containsExactly("figure-traffic-by-channel");
  }

  @Test
  void aLongLandingPageIsShortOnTheAxisAndWholeInTheTableAndTooltip() {
    Element figure = DOC.getElementById("figure-landing-pages");
    assertThat(figure.select("tbody td:first-child").eachText())
        .contains(ReportFixtures.LONG_PAGE, "/blog/<script>x</script>");
    String option = figure.select("script[type=application/json]").first().data();
    assertThat(option)
        .contains(Labels.axisLabel(ReportFixtures.LONG_PAGE), "\\u003cscript\\u003e")
        .contains("\"name\":\"" + ReportFixtures.LONG_PAGE + "\"")
        .doesNotContain("<script>");
  }

  @Test
  void chartTextCannotCloseItsScriptElement() {
    String evil = "</script><script>alert(4)</script><!--";
    ReportModel model =
        ReportFixtures.builder()
            .present(
                SectionKind.KEYWORDS,
                new Block.Chart(
                    new BarChart(
                        "k",
                        "Keywords",
                        List.of(evil),
                        List.of(Series.of(evil, 1)),
                        false,
                        true,
                        "")))
            .build();
    String html = RENDERER.render(model);
    assertThat(html.replace(EChartsScript.inlineText(), ""))
        .doesNotContain("<script>alert(4)", "\"</script>");
    Element option = Jsoup.parse(html).getElementById("chart-option-k");
    assertThat(option.data()).contains("\\u003c/script\\u003e");
    assertThat(JsonMapper.builder().build().readTree(option.data()).toString()).contains(evil);
  }
}
