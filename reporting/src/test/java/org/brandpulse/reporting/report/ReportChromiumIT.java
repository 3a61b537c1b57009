package org.brandpulse.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the fixture report in headless Chromium: every chart renders, no script error, and a
 * screenshot is kept under the build directory ({@code <buildDir>/report-it/report.png}). Skipped
 * when {@code /usr/bin/chromium} is absent ({@code apt-get install -y chromium}).
 */
class ReportChromiumIT {

  private static Path out;

  @TempDir static Path temp;

  @BeforeAll
  static void requireChromium() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Chromium.BINARY),
        "no " + Chromium.BINARY + ": apt-get install chromium");
    Path testClasses =
        Path.of(ReportChromiumIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    out = Files.createDirectories(testClasses.getParent().resolve("report-it"));
  }

  @Test
  void everyChartRendersWithoutScriptErrors() throws Exception {
    ReportModel model = ReportFixtures.full();
    Path page = out.resolve("report.html");
    new ReportHtmlRenderer().write(model, page);

    Document dom = Jsoup.parse(chromium().dumpDom(page));

    assertThat(dom.selectFirst("html").hasAttr("data-script-errors"))
        .as("script errors: %s", dom.selectFirst("html").attr("data-script-errors"))
        .isFalse();
    assertThat(dom.body().attr("data-charts-rendered"))
        .isEqualTo(String.valueOf(model.charts().size()));
    assertThat(dom.select("[data-chart][data-rendered=true]")).hasSize(model.charts().size());
    assertThat(dom.select("[data-chart] svg path").size()).isGreaterThan(50);
    assertThat(dom.select("#top-posts td.post-text").eachText())
        .contains(ReportFixtures.SCRIPT_POST);
  }

  @Test
  void theTooltipOfAShortenedLabelShowsTheWholeEscapedPage() throws Exception {
    Path page = out.resolve("tooltip.html");
    String html = new ReportHtmlRenderer().render(ReportFixtures.full());
    // Hover the bars by ECharts' own action, then copy the tooltip's text into the DOM dump.
    String probe =
        "<script>setTimeout(function () {"
            + " var node = document.querySelector('[data-chart=\"landing-pages\"]');"
            + " var chart = echarts.getInstanceByDom(node);"
            + " function tip(series, index, name) {"
            + "  chart.dispatchAction({type: 'showTip', seriesIndex: series, dataIndex: index});"
            + "  var text = [];"
            + "  node.querySelectorAll('div').forEach(function (d) {"
            + "   if (d.style.zIndex === '9999999') { text.push(d.innerText); } });"
            + "  document.body.setAttribute(name, text.join(' | ')); }"
            + " tip(0, 1, 'data-tip-long'); tip(1, 3, 'data-tip-script');"
            + "}, 200);</script>";
    int end = html.lastIndexOf("</body>");
    Files.writeString(page, html.substring(0, end) + probe + html.substring(end));

    Document dom = Jsoup.parse(chromium().dumpDom(page));

    assertThat(dom.body().attr("data-tip-long"))
        .contains("This period", ReportFixtures.LONG_PAGE, "2,290");
    assertThat(dom.body().attr("data-tip-script")).contains("/blog/<script>x</script>");
    assertThat(dom.select("[data-chart=landing-pages] script")).isEmpty();
  }

  @Test
  void screenshotIsKept() throws Exception {
    Path page = out.resolve("report.html");
    new ReportHtmlRenderer().write(ReportFixtures.full(), page);
    Path png = out.resolve("report.png");
    Files.deleteIfExists(png);

    chromium().screenshot(page, png);

    assertThat(png).exists();
    assertThat(Files.readAllBytes(png))
        .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G')
        .hasSizeGreaterThan(20_000);
  }

  @Test
  void scriptErrorsAreDetected() throws Exception {
    Path page = out.resolve("broken.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><script>"
            + ReportHtmlRenderer.resource("report-errors.js")
            + "</script></head><body><script>throw new Error('boom ক');</script></body></html>");

    Document dom = Jsoup.parse(chromium().dumpDom(page));

    assertThat(dom.selectFirst("html").attr("data-script-errors")).contains("boom ক");
  }

  private static Chromium chromium() throws Exception {
    return new Chromium(Files.createTempDirectory(temp, "profile"));
  }
}
