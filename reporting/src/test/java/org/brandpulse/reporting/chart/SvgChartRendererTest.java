package org.brandpulse.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgChartRendererTest {

  private final SvgChartRenderer renderer = SharedRenderer.get();

  @Test
  void rendersEveryKindToSvgWithItsSeries() {
    String line = renderer.render(Charts.traffic(), 640, 320);
    assertThat(line)
        .startsWith("<svg")
        .contains("width=\"640\"", "height=\"320\"", "Organic", "সামাজিক মাধ্যম", "2026-11-23")
        .endsWith("</svg>");
    assertThat(renderer.render(Charts.shareOfVoice(), 480, 240)).contains("منافس", "<path");
    assertThat(renderer.render(Charts.sentiment(), 320, 320)).contains("positive", "negative");
    assertThat(renderer.render(Charts.health(), 320, 320)).contains("87.5");
  }

  @Test
  void textIsEscapedSoTheSvgStaysWellFormed() {
    BarChart chart =
        new BarChart(
            "labels",
            "Labels",
            List.of("H&M", "/blog/<b>x</b>", "\"quoted\" 'text'"),
            List.of(Series.of("s & t", 1, 2, 3)),
            false,
            true,
            "");
    String svg = renderer.render(chart, 480, 240);
    assertThat(svg)
        .contains(">H&amp;M<", "/blog/&lt;b&gt;x&lt;/b&gt;", "&quot;quoted&quot; &#39;text&#39;")
        .doesNotContain("<b>");
    assertThat(new PngRasterizer().toPng(svg, 1)).hasSizeGreaterThan(1_000);
  }

  @Test
  void warmRenderTime() {
    renderer.render(Charts.traffic(), 640, 320);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      renderer.render(Charts.traffic(), 640, 320);
      best = Math.min(best, System.nanoTime() - start);
    }
    System.out.printf(
        Locale.ROOT,
        "SSR: warm render of a 2-series area chart, best of 5: %d ms%n",
        best / 1_000_000);
    assertThat(best).isPositive();
  }

  @Test
  void badOptionAndSizeAreReported() {
    assertThatThrownBy(() -> renderer.renderOption("{\"series\": [oops", 100, 100))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "ECharts could not render the option {\"series\": [oops: SyntaxError");
    assertThatThrownBy(() -> renderer.render(Charts.health(), 10, 100))
        .hasMessageContaining("chart size 10x100 is out of range");
  }

  @Test
  void closedRendererRefuses() {
    SvgChartRenderer own = new SvgChartRenderer();
    own.close();
    assertThatThrownBy(
            () ->
                own.render(
                    new PieChart("p", "P", List.of(new PieChart.Slice("a", 1)), false), 100, 100))
        .hasMessageContaining("closed");
  }
}
