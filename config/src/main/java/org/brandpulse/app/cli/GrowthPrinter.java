package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.reporting.chart.Labels;
import org.brandpulse.reporting.period.Change;
import org.brandpulse.reporting.period.Contribution;
import org.brandpulse.reporting.period.Growth;
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
    String warning = warning(g);
    if (warning != null) {
      out.println("WARNING: " + warning);
    }
    boolean unlike = g.coverage().unlike();
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
      if (r.name().equals("averagePosition")) {
        out.printf(
            Locale.ROOT,
            "%-16s %12.1f %12s %18s %12s %18s%n",
            r.name(),
            r.vsPrevious().current(),
            g.coverage().previous().hours() == 0
                ? "no data"
                : String.format(Locale.ROOT, "%.1f", r.vsPrevious().base()),
            unlike
                ? "partial, not compared"
                : String.format(Locale.ROOT, "%+.1f", r.vsPrevious().absolute()),
            r.vsLastYear() == null
                ? "no data"
                : String.format(Locale.ROOT, "%.1f", r.vsLastYear().base()),
            r.vsLastYear() == null
                ? ""
                : String.format(Locale.ROOT, "%+.1f", r.vsLastYear().absolute()));
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%-16s %12s %12s %18s %12s %18s%n",
          r.name(),
          number(r.vsPrevious().current(), rate),
          previous(g, r, rate),
          unlike ? "partial, not compared" : change(r.vsPrevious(), rate),
          r.vsLastYear() == null ? "no data" : number(r.vsLastYear().base(), rate),
          r.vsLastYear() == null ? "" : change(r.vsLastYear(), rate));
    }
    String partial = unlike ? " (PARTIAL periods, see the warning)" : "";
    contributions("Sessions by channel, share of the change" + partial, g.channels());
    contributions("Top landing pages by change in sessions" + partial, g.landingPages());
    if (g.search() != null) {
      SearchPrinter.print(out, g.search());
    }
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

  private static String previous(Growth g, Growth.Row r, boolean rate) {
    if (g.coverage().previous().hours() == 0) {
      return "no data";
    }
    return number(r.vsPrevious().base(), rate) + (g.coverage().previous().partial() ? "*" : "");
  }

  /**
   * Says loudly when the period or the previous one has hours without data (a log that starts
   * mid-week), or null when both are whole.
   */
  static String warning(Growth g) {
    Growth.Coverages c = g.coverage();
    if (!c.unlike()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (c.current().partial()) {
      parts.add("this period is partial (" + c.current() + " have data)");
    }
    if (c.previous().partial()) {
      parts.add("the previous period is partial (" + c.previous() + " have data, marked *)");
    }
    return String.join("; ", parts)
        + ": changes between unlike periods are not shown; compare whole periods (--date)";
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
    m.put("currentCovered", !g.coverage().current().partial());
    m.put("previousCovered", g.previousCovered());
    m.put("lastYearCovered", g.lastYearCovered());
    m.put("partial", g.coverage().unlike());
    m.put(
        "coverage",
        MetricsCommand.map(
            "current", coverage(g.coverage().current()),
            "previous", coverage(g.coverage().previous()),
            "lastYear", coverage(g.coverage().lastYear())));
    m.put("warning", warning(g));
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
    if (g.search() != null) {
      m.put("search", SearchPrinter.asMap(g.search()));
    }
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

  private static Map<String, Object> coverage(Growth.Coverage c) {
    return MetricsCommand.map("hours", c.hours(), "of", c.of(), "partial", c.partial());
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
