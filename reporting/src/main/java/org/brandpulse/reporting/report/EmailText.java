package org.brandpulse.reporting.report;

import java.util.List;
import org.brandpulse.reporting.chart.DataTable;

/** The plain-text alternative of the report email. */
final class EmailText {

  private EmailText() {}

  static String of(
      ReportModel model,
      List<EmailParts.InlineImage> images,
      List<DataTable> tables,
      List<Section> absent,
      String attachmentName) {
    ReportView view = new ReportView();
    StringBuilder t = new StringBuilder(1024);
    t.append(ReportEmail.subject(model)).append('\n');
    t.append("Period ").append(view.period(model.period()));
    t.append(", compared with ").append(view.period(model.period().previous())).append(".\n\n");
    List<Kpi> kpis = model.headlineKpis();
    if (kpis.isEmpty()) {
      t.append("Headline KPIs: no data.\n");
    } else {
      t.append("Headline KPIs\n");
      int width = kpis.stream().mapToInt(k -> k.name().length()).max().orElse(0);
      int values = kpis.stream().mapToInt(k -> k.valueText().length()).max().orElse(0);
      for (Kpi k : kpis) {
        t.append("  ")
            .append(k.name())
            .append(" ".repeat(width - k.name().length()))
            .append("  ")
            .append(" ".repeat(values - k.valueText().length()))
            .append(k.valueText())
            .append("  ")
            .append(k.changeText())
            .append('\n');
      }
    }
    if (!images.isEmpty()) {
      t.append("\nCharts in the HTML version: ");
      t.append(String.join(", ", images.stream().map(EmailParts.InlineImage::title).toList()));
      t.append(".\n");
    }
    for (DataTable table : tables) {
      t.append('\n').append(table.caption()).append('\n');
      t.append("  ").append(String.join(" | ", table.header())).append('\n');
      for (List<String> row : table.rows()) {
        t.append("  ").append(String.join(" | ", row)).append('\n');
      }
    }
    if (!absent.isEmpty()) {
      t.append("\nSections without data\n");
      for (Section s : absent) {
        t.append("  - ").append(s.title()).append(": ").append(s.absentReason()).append('\n');
      }
    }
    t.append("\nThe full report is attached as ").append(attachmentName);
    t.append(" (opens in any browser, also offline).\n");
    return t.toString();
  }
}
