package org.brandpulse.reporting.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.reporting.chart.EChartsScript;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a {@link ReportModel} to one self-contained HTML file with Thymeleaf: styles, the ECharts
 * library and the chart set-up script are inlined, so the file opens offline and loads nothing from
 * the network. Each chart sits beside its data table; print CSS lays the page out for paper.
 *
 * <p>Text from posts and pages only ever goes through {@code th:text} (escaped); chart options are
 * embedded as JSON in {@code <script type="application/json">} with {@code <} escaped. After the
 * charts are drawn the page sets {@code data-charts-rendered} on {@code <body>}, and any script
 * error is recorded in {@code data-script-errors} on {@code <html>}, so a headless browser's DOM
 * dump tells whether the page worked. Thread-safe; build one and reuse it.
 */
public final class ReportHtmlRenderer {

  static final String BASE = "org/brandpulse/reporting/report/";

  private final TemplateEngine engine;
  private final String css;
  private final String headScript;
  private final String chartScript;

  /** A renderer with the templates from the classpath. */
  public ReportHtmlRenderer() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(ReportHtmlRenderer.class.getClassLoader());
    resolver.setPrefix(BASE);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    css = resource("report.css");
    headScript = resource("report-errors.js");
    chartScript = resource("report-charts.js");
  }

  /** The report as HTML text. */
  public String render(ReportModel model) {
    return process(
        "report",
        Map.of(
            "report", model,
            "css", css,
            "headScript", headScript,
            "echarts", EChartsScript.inlineText(),
            "chartScript", chartScript));
  }

  /**
   * Writes the report to {@code file} as UTF-8, atomically: into a temporary file beside it, then
   * renamed over it. A reader (the web UI serving the file while the job rebuilds it) sees the
   * whole old report or the whole new one, never a truncated one.
   */
  public void write(ReportModel model, Path file) throws IOException {
    String html = render(model);
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, file.getFileName().toString() + ".", ".tmp");
    try {
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  String process(String template, Map<String, Object> variables) {
    Context context = new Context(Locale.ROOT);
    context.setVariables(variables);
    context.setVariable("view", new ReportView());
    return engine.process(template, context);
  }

  static String resource(String name) {
    try (InputStream in =
        ReportHtmlRenderer.class.getClassLoader().getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "report resource missing from the classpath: " + BASE + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BASE + name, e);
    }
  }
}
