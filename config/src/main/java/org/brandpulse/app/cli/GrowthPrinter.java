package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.app.metrics.Growth;
import org.brandpulse.reporting.chart.Labels;
import org.brandpulse.reporting.period.Change;
import org.brandpulse.reporting.period.Contribution;
import org.brandpulse.reporting.report.UrlText;

/** Prints a {@link Growth} as a table, or turns it into a map for JSON. */
final class GrowthPrinter {

  private final PrintWriter out;

  GrowthPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Growth g) {
    out.printf(
        Locale.ROOT,
        "Site %s, %s %s (%s .. %s), source %s%n",
        g.site(),
        g.period().granularity().cliName(),
        g.period().label(),
        g.period().start(),
        g.period().end(),
        g.source());
    out.printf(
        Locale.ROOT,
        "%-16s %12s %12s %18s %12s %18s%n",
        "measure",
        "this period",
        "previous",
        "change",
        "last year",
        "change");
    for (Growth.Row r : g.rows()) {
      boolean rate = r.name().endsWith("Rate");
      out.printf(
          Locale.ROOT,
          "%-16s %12s %12s %18s %12s %18s%n",
          r.name(),
          number(r.vsPrevious().current(), rate),
          g.previousCovered() ? number(r.vsPrevious().base(), rate) : "no data",
          g.previousCovered() ? change(r.vsPrevious(), rate) : "",
          r.vsLastYear() == null ? "no data" : number(r.vsLastYear().base(), rate),
          r.vsLastYear() == null ? "" : change(r.vsLastYear(), rate));
    }
    contributions("Sessions by channel, share of the change", g.channels());
    contributions("Top landing pages by change in sessions", g.landingPages());
    if (g.social() == null) {
      out.println("Social: the site names no brand (sites[].brand), so no mentions to compare.");
    } else {
      Growth.Social s = g.social();
      out.printf(
          Locale.ROOT,
          "Social (%s): mentions %s, net sentiment %s, negative posts %s, complaints needing a"
              + " reply %s%n",
          s.brand(),
          arrow(s.mentions(), false),
          arrow(s.netSentiment(), true),
          arrow(s.negative(), false),
          arrow(s.complaints(), false));
    }
  }

  private void contributions(String title, List<Contribution> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.println(title + ":");
    for (Contribution c : rows.subList(0, Math.min(10, rows.size()))) {
      out.printf(
          Locale.ROOT,
          "  %-40s %8s -> %8s %18s%s%n",
          clip(c.key()),
          number(c.change().base(), false),
          number(c.change().current(), false),
          change(c.change(), false),
          c.share() == null
              ? ""
              : String.format(Locale.ROOT, "  explains %+.0f %% of the change", c.share() * 100));
    }
  }

  private static String clip(String key) {
    return key.isEmpty() ? "(none)" : Labels.middleEllipsis(UrlText.decodeForDisplay(key), 40);
  }

  private static String arrow(Change c, boolean signed) {
    return String.format(
            Locale.ROOT, signed ? "%+.1f -> %+.1f" : "%.0f -> %.0f", c.base(), c.current())
        + " ("
        + change(c, signed)
        + ")";
  }

  static String number(double v, boolean rate) {
    return rate ? String.format(Locale.ROOT, "%.2f %%", v) : String.format(Locale.ROOT, "%,.0f", v);
  }

  static String change(Change c, boolean rate) {
    String abs =
        rate
            ? String.format(Locale.ROOT, "%+.2f pt", c.absolute())
            : String.format(Locale.ROOT, "%+,.0f", c.absolute());
    return c.relative() == null
        ? abs
        : abs + String.format(Locale.ROOT, " (%+.1f %%)", c.relative() * 100);
  }

  static Map<String, Object> asMap(Growth g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("site", g.site());
    m.put("source", g.source());
    m.put(
        "period",
        MetricsCommand.map(
            "granularity", g.period().granularity().cliName(),
            "label", g.period().label(),
            "start", g.period().start().toString(),
            "end", g.period().end().toString()));
    m.put("previousCovered", g.previousCovered());
    m.put("lastYearCovered", g.lastYearCovered());
    List<Object> rows = new ArrayList<>();
    for (Growth.Row r : g.rows()) {
      rows.add(
          MetricsCommand.map(
              "name", r.name(),
              "current", r.vsPrevious().current(),
              "previous", change(r.vsPrevious()),
              "lastYear", r.vsLastYear() == null ? null : change(r.vsLastYear())));
    }
    m.put("rows", rows);
    m.put("channels", contributions(g.channels()));
    m.put("landingPages", contributions(g.landingPages()));
    if (g.social() != null) {
      Growth.Social s = g.social();
      m.put(
          "social",
          MetricsCommand.map(
              "brand", s.brand(),
              "mentions", change(s.mentions()),
              "netSentiment", change(s.netSentiment()),
              "negative", change(s.negative()),
              "complaints", change(s.complaints())));
    }
    return m;
  }

  private static Map<String, Object> change(Change c) {
    return MetricsCommand.map(
        "current",
        c.current(),
        "base",
        c.base(),
        "absolute",
        c.absolute(),
        "relative",
        c.relative());
  }

  private static List<Object> contributions(List<Contribution> rows) {
    List<Object> out = new ArrayList<>();
    for (Contribution c : rows) {
      out.add(MetricsCommand.map("key", c.key(), "change", change(c.change()), "share", c.share()));
    }
    return out;
  }
}
