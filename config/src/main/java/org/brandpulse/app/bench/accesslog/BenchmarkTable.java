package org.brandpulse.app.bench.accesslog;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.app.bench.accesslog.AccessLogBenchmark.Result;
import org.brandpulse.app.demo.accesslog.LogProfile;
import org.brandpulse.ingest.metrics.accesslog.DailyMetric;

/**
 * Prints the benchmark's counts: one side-by-side table (ours, GoAccess default, GoAccess aligned,
 * planted truth) and the reasons the counts differ, each a figure from {@link RequestTally} or
 * goaccess's own report, with what is left unexplained shown as such. Speed is not printed here:
 * the in-process pass is not what users run; {@code brandpulse bench logs} times the command
 * itself.
 */
final class BenchmarkTable {

  private static final String ROW = "  %-38s %14s %16s %16s %14s%n";

  private BenchmarkTable() {}

  static void print(
      Result r, RequestTally tally, AccessLogBenchmark.Options options, PrintStream out) {
    LogProfile p = options.profile();
    out.printf(
        Locale.ROOT,
        "Access-log counts: %,d lines (%,d MB, %d days from %s, seed %d), %s %s, max heap %,d"
            + " MB; %d cores, load average %.1f at the end (speed: the whole-process table)%n",
        r.pipeline().lines(),
        r.logBytes() >> 20,
        p.days(),
        p.start(),
        p.seed(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    GoAccess.Run def = r.goAccess().isEmpty() ? null : r.goAccess().get(0);
    GoAccess.Run aligned = r.goAccess().isEmpty() ? null : r.goAccess().get(1);
    if (def == null) {
      out.println(
          "GoAccess: skipped ("
              + (options.goAccess() == null
                  ? "--no-goaccess"
                  : "'" + options.goAccess() + "' not found; apt-get install goaccess")
              + ")");
    } else {
      out.println("GoAccess: " + r.goAccessVersion() + " (one parsing thread), same log file");
    }
    long dailyVisitors =
        r.report().daily().stream()
            .filter(d -> d.dimension() == DailyMetric.Dimension.TOTAL)
            .mapToLong(DailyMetric::visitors)
            .sum();
    out.printf(Locale.ROOT, ROW, "", "Brandpulse", "GoAccess default", "GoAccess aligned", "truth");
    row(
        out,
        "pageviews / hits",
        n(r.report().pageviews()),
        r.goAccess(),
        g -> n(g.validRequests()),
        n(r.truth().humanPageviews()));
    row(
        out,
        "visitors (IP+UA a day, summed)",
        n(dailyVisitors),
        r.goAccess(),
        g -> n(g.uniqueVisitors()),
        n(r.truth().dailyVisitors()));
    row(
        out,
        "bot requests (GoAccess: crawler hits)",
        n(r.report().botRequests()),
        r.goAccess(),
        g -> n(g == aligned ? r.goAccess().get(2).validRequests() : g.crawlerHits()),
        n(r.truth().botRequests()));
    out.printf(
        Locale.ROOT,
        "  sessions %s (truth %s), distinct visitors %s (truth %s), conversions %s (truth %s),"
            + " malformed lines %s (truth %s)%n",
        n(r.report().sessions()),
        n(r.truth().sessions()),
        n(r.report().visitors()),
        n(r.truth().visitors()),
        n(r.report().conversions()),
        n(r.truth().conversions()),
        n(r.truth().lines() - r.report().requests()),
        n(r.truth().malformedLines()));
    if (aligned != null) {
      out.println("  GoAccess aligned flags: " + String.join(" ", aligned.flags()));
      explain(r, tally, def, aligned, r.goAccess().get(2), dailyVisitors, out);
    }
    out.flush();
  }

  private static void explain(
      Result r,
      RequestTally t,
      GoAccess.Run def,
      GoAccess.Run aligned,
      GoAccess.Run crawlers,
      long dailyVisitors,
      PrintStream out) {
    List<String> unknown = new ArrayList<>();
    long unknownHits = 0;
    long unknownDays = 0;
    for (Map.Entry<String, Long> e : t.botAgentPages.entrySet()) {
      if (!GoAccess.knows(def, e.getKey())) {
        unknown.add(e.getKey() + " " + n(e.getValue()));
        unknownHits += e.getValue();
        unknownDays += t.botVisitorDays(e.getKey());
      }
    }
    unknown.sort(null);
    long behaviour = t.humanAgentPageHits - r.report().pageviews();
    long ours = r.report().pageviews();
    out.println("Why the counts differ (figures from a second pass over the same log):");
    out.printf(
        Locale.ROOT,
        "  aligned hits %s - our pageviews %s = %s:%n",
        n(aligned.validRequests()),
        n(ours),
        n(aligned.validRequests() - ours));
    out.printf(
        Locale.ROOT,
        "    %s page hits of bot agents GoAccess does not call crawlers: %s%n",
        n(unknownHits),
        unknown.isEmpty() ? "none" : String.join(", ", unknown));
    out.printf(
        Locale.ROOT,
        "    %s page hits of browser-agent sessions we drop as bots (robots.txt fetchers, fast"
            + " asset-less clients)%n",
        n(behaviour));
    out.printf(
        Locale.ROOT,
        "    %s successful page hits with methods other than GET/HEAD (not pageviews for us)%n",
        n(t.otherMethodPageHits));
    out.printf(
        Locale.ROOT,
        "    %s hits of paths we call assets that GoAccess counts as pages%n",
        n(aligned.assetsAsPages()));
    out.printf(
        Locale.ROOT,
        "    %s truncated lines of successful requests that we report as malformed%n",
        n(t.malformedSuccessful));
    out.printf(
        Locale.ROOT,
        "    %s unexplained%n",
        n(
            aligned.validRequests()
                - ours
                - unknownHits
                - behaviour
                - t.otherMethodPageHits
                - aligned.assetsAsPages()
                - t.malformedSuccessful));
    out.printf(
        Locale.ROOT,
        "  default hits count assets, bots and errors: GoAccess %s static hits vs our %s successful"
            + " asset hits; %s crawler page hits (its --crawlers-only run) vs our %s bot-agent page"
            + " hits; %s lines it accepts that we report as malformed%n",
        n(def.staticHits()),
        n(t.assetHits),
        n(crawlers.validRequests()),
        n(t.botAgentPageHits),
        n(def.validRequests() - t.records));
    long humanDays = t.humanVisitorDays();
    out.printf(
        Locale.ROOT,
        "  aligned visitors %s - ours %s = %s: %s visitor-days of unknown bot agents, %s of"
            + " dropped bot sessions and of sessions crossing midnight (GoAccess counts each"
            + " date), %s of truncated lines, %s unexplained%n",
        n(aligned.uniqueVisitors()),
        n(dailyVisitors),
        n(aligned.uniqueVisitors() - dailyVisitors),
        n(unknownDays),
        n(humanDays - dailyVisitors),
        n(t.malformedSuccessful),
        n(aligned.uniqueVisitors() - humanDays - unknownDays - t.malformedSuccessful));
  }

  private interface Cell {
    String of(GoAccess.Run run);
  }

  private static void row(
      PrintStream out, String name, String ours, List<GoAccess.Run> runs, Cell cell, String truth) {
    String a = runs.isEmpty() ? "skipped" : cell.of(runs.get(0));
    String b = runs.isEmpty() ? "" : cell.of(runs.get(1));
    out.printf(Locale.ROOT, ROW, name, ours, a, b, truth);
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }
}
