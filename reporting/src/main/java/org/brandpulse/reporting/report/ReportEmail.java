package org.brandpulse.reporting.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.brandpulse.reporting.chart.ChartSpec;
import org.brandpulse.reporting.chart.DataTable;
import org.brandpulse.reporting.chart.PngRasterizer;
import org.brandpulse.reporting.chart.SvgChartRenderer;

/**
 * Composes the report email: a short summary body (headline KPIs, a few charts as PNG images drawn
 * on the server, the sections that had no data) in HTML and plain text, with the full HTML report
 * attached. The HTML body escapes all text (Thymeleaf {@code th:text}) and uses inline styles only,
 * since mail clients drop style sheets and scripts.
 *
 * <p>Charts: the first chart of each of {@link #CHART_SECTIONS}, at most {@link #MAX_CHARTS}, drawn
 * {@link #CHART_WIDTH} × {@link #CHART_HEIGHT} and rasterised at twice that for sharp display.
 */
public final class ReportEmail {

  /** Sections whose first chart goes into the email, in order. */
  public static final List<SectionKind> CHART_SECTIONS =
      List.of(
          SectionKind.TRAFFIC,
          SectionKind.SEARCH,
          SectionKind.MENTIONS,
          SectionKind.SHARE_OF_VOICE,
          SectionKind.COMPLAINTS,
          SectionKind.SEO);

  /**
   * Sections whose tables go into the email as they are (the top search queries and pages with
   * their change), escaped like all text.
   */
  public static final List<SectionKind> TABLE_SECTIONS = List.of(SectionKind.SEARCH);

  /** Charts in one email at most. */
  public static final int MAX_CHARTS = 4;

  /** Chart size in CSS pixels. */
  public static final int CHART_WIDTH = 600;

  public static final int CHART_HEIGHT = 300;

  private final ReportHtmlRenderer html;
  private final SvgChartRenderer svg;
  private final PngRasterizer png;

  /** A composer using these renderers (share them: the SVG renderer is costly to start). */
  public ReportEmail(ReportHtmlRenderer html, SvgChartRenderer svg, PngRasterizer png) {
    this.html = Objects.requireNonNull(html, "html");
    this.svg = Objects.requireNonNull(svg, "svg");
    this.png = Objects.requireNonNull(png, "png");
  }

  /** The email for {@code model}. */
  public EmailParts compose(ReportModel model) {
    List<EmailParts.InlineImage> images = new ArrayList<>();
    for (ChartSpec chart : emailCharts(model)) {
      String svgText = svg.render(chart, CHART_WIDTH, CHART_HEIGHT);
      images.add(
          new EmailParts.InlineImage(
              "chart-" + chart.id() + "@brandpulse",
              chart.id() + ".png",
              chart.title(),
              "image/png",
              png.toPng(svgText, 2)));
    }
    String subject = subject(model);
    String attachmentName = attachmentName(model);
    List<Section> absent = model.sections().stream().filter(s -> !s.present()).toList();
    List<DataTable> tables = emailTables(model);
    String body =
        html.process(
            "email",
            Map.of(
                "report", model,
                "subject", subject,
                "kpis", model.headlineKpis(),
                "images", images,
                "tables", tables,
                "absent", absent,
                "attachmentName", attachmentName,
                "width", CHART_WIDTH));
    return new EmailParts(
        subject,
        body,
        EmailText.of(model, images, tables, absent, attachmentName),
        images,
        attachmentName,
        html.render(model).getBytes(StandardCharsets.UTF_8));
  }

  /** The charts the email shows. */
  public static List<ChartSpec> emailCharts(ReportModel model) {
    List<ChartSpec> charts = new ArrayList<>();
    for (SectionKind kind : CHART_SECTIONS) {
      model.section(kind).stream()
          .flatMap(s -> s.blocks().stream())
          .filter(Block.Chart.class::isInstance)
          .findFirst()
          .ifPresent(b -> charts.add(((Block.Chart) b).chart()));
    }
    return charts.size() > MAX_CHARTS ? charts.subList(0, MAX_CHARTS) : charts;
  }

  /** The tables the email shows, from {@link #TABLE_SECTIONS} in order. */
  public static List<DataTable> emailTables(ReportModel model) {
    List<DataTable> tables = new ArrayList<>();
    for (SectionKind kind : TABLE_SECTIONS) {
      model.section(kind).stream()
          .flatMap(s -> s.blocks().stream())
          .filter(Block.Table.class::isInstance)
          .forEach(b -> tables.add(((Block.Table) b).table()));
    }
    return tables;
  }

  static String subject(ReportModel model) {
    return model.brand()
        + ": "
        + model.period().granularity().cliName()
        + " report "
        + model.period().label();
  }

  /**
   * {@code brandpulse-<brand>-<period>.html} with the brand reduced to ASCII letters, digits and
   * dashes ({@code report} when nothing is left, as for a brand written in Bengali only).
   */
  static String attachmentName(ReportModel model) {
    String slug =
        Normalizer.normalize(model.brand(), Normalizer.Form.NFKD)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return "brandpulse-"
        + (slug.isEmpty() ? "report" : slug)
        + "-"
        + model.period().label()
        + ".html";
  }
}
