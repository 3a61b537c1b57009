package org.brandpulse.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.brandpulse.app.metrics.IngestMetricsJob;
import org.brandpulse.app.metrics.MetricSourceFactory;
import org.brandpulse.app.metrics.MetricsImporter;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SiteSettings;
import org.brandpulse.ingest.metrics.accesslog.LogFormat;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Growth;
import org.brandpulse.reporting.period.GrowthService;
import org.brandpulse.reporting.period.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code brandpulse metrics}: site traffic import, growth and anomaly backtests. */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description = "Site metrics: import access logs, run the ingestMetrics job, growth, backtest.",
    subcommands = {
      MetricsCommand.Import.class,
      MetricsCommand.Run.class,
      MetricsCommand.GrowthCommand.class,
      BacktestCommand.class
    })
public class MetricsCommand implements Runnable {

  @ParentCommand BrandpulseCommand parent;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code metrics import}: imports access log files for a site. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Imports access log files (plain or gzip, rotated sets together) for a site: sessions,"
            + " visitors, pageviews, bounces, channels, landing and exit pages, goals; bots"
            + " filtered. Re-importing the same days replaces them.",
      })
  static class Import implements Callable<Integer> {
    @ParentCommand MetricsCommand metrics;
    @Spec CommandSpec spec;

    @Option(names = "--site", required = true, description = "The site's name.")
    String site;

    @Option(names = "--access-log", arity = "1..*", description = "Access log files (repeatable).")
    List<Path> files = new ArrayList<>();

    @Option(
        names = "--search-console",
        description =
            "A Search Console Performance export: its ZIP, one of its CSV files, or a folder of"
                + " them.")
    Path searchConsole;

    @Option(
        names = "--goal",
        description = "A goal URL pattern, e.g. /order/confirmation* (repeatable).")
    List<String> goals = new ArrayList<>();

    @Option(
        names = "--format",
        defaultValue = "combined",
        description =
            "combined (default), common, nginx, or an Apache LogFormat / nginx log_format string.")
    String format;

    @Option(
        names = "--session-minutes",
        defaultValue = "30",
        description = "Inactivity that ends a session (default 30).")
    int sessionMinutes;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (files.isEmpty() == (searchConsole == null)) {
        throw new ParameterException(
            spec.commandLine(), "give either --access-log FILE... or --search-console FILE_OR_DIR");
      }
      if (searchConsole != null) {
        return importSearchConsole();
      }
      for (Path f : files) {
        EvalCommand.requireFile(f, spec);
      }
      LogFormat logFormat;
      try {
        logFormat = LogFormat.named(format);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
      }
      if (sessionMinutes < 1) {
        throw new ParameterException(spec.commandLine(), "--session-minutes must be >= 1");
      }
      BrandpulseSettings settings = metrics.parent.settings();
      SiteSettings siteSettings = settings.siteOrAdHoc(site);
      List<String> allGoals = new ArrayList<>(siteSettings.goals());
      goals.stream().filter(g -> !allGoals.contains(g)).forEach(allGoals::add);
      java.time.Clock clock = metrics.parent.environment().clock();
      // the log is read while the context starts on another thread; it only stores the result
      try (BackgroundContext starting =
          new BackgroundContext(settings, clock, MetricsImporter.class)) {
        var source =
            new MetricSourceFactory(settings, clock)
                .accessLog(
                    siteSettings,
                    "access-log",
                    files,
                    logFormat,
                    Duration.ofMinutes(sessionMinutes),
                    allGoals);
        var read = source.read();
        MetricsImporter.Outcome o =
            starting.get().getBean(MetricsImporter.class).store(site, read, null);
        var out = spec.commandLine().getOut();
        print(o, o.totals(), files.toString());
        if (!json) {
          if (o.accessLog() != null && !o.accessLog().report().filtered().isEmpty()) {
            out.println("  not counted as people's pageviews, by reason (requests):");
            o.accessLog()
                .report()
                .filtered()
                .forEach((reason, n) -> out.printf("    %-30s %,d%n", reason.label(), n));
          }
          printSkipped(o);
        }
        if (o.accessLog() != null && !o.accessLog().summary().failedFiles().isEmpty()) {
          o.accessLog()
              .summary()
              .failedFiles()
              .forEach(f -> spec.commandLine().getErr().println("brandpulse: cannot read " + f));
          return ExitCodes.PARTIAL;
        }
        return ExitCodes.OK;
      }
    }

    private void printSkipped(MetricsImporter.Outcome o) {
      o.batch().skipped().stream()
          .limit(10)
          .forEach(
              s ->
                  spec.commandLine()
                      .getOut()
                      .printf("  skipped %s: %s%n", s.location(), s.reason()));
    }

    /** Prints the totals as JSON, or a heading and one line per count. */
    private void print(MetricsImporter.Outcome o, Map<String, Object> totals, String what) {
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.MAPPER_LINE.apply(totals));
        return;
      }
      out.printf(
          "Imported %s for site %s (%s .. %s)%n", what, site, o.batch().from(), o.batch().to());
      totals.forEach(
          (k, v) -> {
            if (v instanceof Number n) {
              out.printf("  %-22s %,d%n", k, n.longValue());
            }
          });
    }

    private Integer importSearchConsole() throws Exception {
      List<Path> exports = new ArrayList<>();
      if (java.nio.file.Files.isDirectory(searchConsole)) {
        try (var list = java.nio.file.Files.list(searchConsole)) {
          list.filter(
                  p ->
                      SEARCH_CONSOLE_FILES.stream()
                          .anyMatch(
                              e ->
                                  p.getFileName()
                                      .toString()
                                      .toLowerCase(java.util.Locale.ROOT)
                                      .endsWith(e)))
              .sorted()
              .forEach(exports::add);
        }
        if (exports.isEmpty()) {
          throw new ParameterException(
              spec.commandLine(),
              "--search-console: folder " + searchConsole + " holds no .csv or .zip export");
        }
      } else {
        EvalCommand.requireFile(searchConsole, spec);
        exports.add(searchConsole);
      }
      BrandpulseSettings settings = metrics.parent.settings();
      settings.siteOrAdHoc(site);
      try (ConfigurableApplicationContext context =
          AppContext.start(settings, metrics.parent.environment().clock())) {
        var source =
            new org.brandpulse.ingest.metrics.searchconsole.SearchConsoleCsvSource(
                "search-console", exports);
        MetricsImporter.Outcome o =
            context.getBean(MetricsImporter.class).store(site, source, null, null, null);
        Map<String, Object> totals = new LinkedHashMap<>(o.totals());
        double clicks = 0;
        double impressions = 0;
        for (var v : o.batch().values()) {
          if (v.dimension() == org.brandpulse.ingest.metrics.Dimension.TOTAL) {
            clicks += v.metric() == org.brandpulse.ingest.metrics.Metric.CLICKS ? v.value() : 0;
            impressions +=
                v.metric() == org.brandpulse.ingest.metrics.Metric.IMPRESSIONS ? v.value() : 0;
          }
        }
        totals.put(
            "days",
            java.time.temporal.ChronoUnit.DAYS.between(o.batch().from(), o.batch().to()) + 1);
        totals.put("clicks", Math.round(clicks));
        totals.put("impressions", Math.round(impressions));
        // queries, pages, countries, devices: totals of the export's range, kept as ranges
        totals.put("rangeTotals", o.batch().ranges().size());
        print(o, totals, "the Search Console export " + searchConsole);
        if (!json) {
          printSkipped(o);
        }
        return ExitCodes.OK;
      }
    }
  }

  private static final List<String> SEARCH_CONSOLE_FILES = List.of(".csv", ".zip");

  /** {@code metrics run}: runs the ingestMetrics job once. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description =
          "Runs the ingestMetrics job: every configured site source (access logs, GA4 and Search"
              + " Console exports, Matomo, Plausible) imported once.")
  static class Run implements Callable<Integer> {
    @ParentCommand MetricsCommand metrics;
    @Spec CommandSpec spec;

    @Option(names = "--site", description = "Only this site (repeatable; default: all).")
    List<String> sites = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      BrandpulseSettings settings = metrics.parent.settings();
      sites.forEach(settings::site);
      try (ConfigurableApplicationContext context =
          AppContext.start(settings, metrics.parent.environment().clock())) {
        List<IngestMetricsJob.StepOutcome> steps =
            context.getBean(IngestMetricsJob.class).run(metrics.parent.environment().now(), sites);
        var out = spec.commandLine().getOut();
        boolean failed = false;
        for (IngestMetricsJob.StepOutcome s : steps) {
          if (s.error() != null) {
            failed = true;
            out.printf("%s/%s: FAILED %s%n", s.site(), s.source(), s.error());
          } else {
            out.printf(
                "%s/%s: %s .. %s, %s rows, %s skipped%n",
                s.site(),
                s.source(),
                s.totals().get("from"),
                s.totals().get("to"),
                s.totals().get("rows"),
                s.totals().get("skipped"));
          }
        }
        return failed ? ExitCodes.PARTIAL : ExitCodes.OK;
      }
    }
  }

  /** {@code metrics growth}: period-over-period growth of a site. */
  @Command(
      name = "growth",
      mixinStandardHelpOptions = true,
      description = {
        "Period-over-period growth of a site: sessions, visitors, pageviews, conversions,"
            + " conversion and bounce rate (Search Console: clicks, impressions, CTR, position)"
            + " against the previous period and the same period last year; each channel's and"
            + " landing page's contribution to the change; Search Console's top queries and pages"
            + " against the previous export; the brand's mentions, sentiment and complaints over"
            + " the same periods."
      })
  static class GrowthCommand implements Callable<Integer> {
    @ParentCommand MetricsCommand metrics;
    @Spec CommandSpec spec;

    @Option(names = "--site", required = true, description = "The site's name.")
    String site;

    @Option(
        names = "--period",
        defaultValue = "week",
        description = "day, week (ISO), month, quarter or year (default week).")
    String period;

    @Option(
        names = "--date",
        description =
            "A day in the period to show (default: the last complete period before today).")
    LocalDate date;

    @Option(names = "--source", description = "The metrics source (default: the fullest one).")
    String source;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Granularity g;
      try {
        g = Granularity.parse(period);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
      }
      BrandpulseSettings settings = metrics.parent.settings();
      SiteSettings s = settings.siteOrAdHoc(site);
      Period p =
          date != null
              ? Period.containing(g, date)
              : lastComplete(g, metrics.parent.environment().clock().withZone(ZoneId.of(s.zone())));
      try (ConfigurableApplicationContext context =
          AppContext.start(settings, metrics.parent.environment().clock())) {
        Growth growth;
        try {
          growth = context.getBean(GrowthService.class).growth(s.ref(), p, source);
        } catch (IllegalArgumentException e) {
          spec.commandLine().getErr().println("brandpulse: " + e.getMessage());
          return ExitCodes.FAILED;
        }
        var out = spec.commandLine().getOut();
        if (json) {
          out.println(Json.MAPPER_LINE.apply(GrowthPrinter.asMap(growth)));
        } else {
          new GrowthPrinter(out).print(growth);
        }
        return ExitCodes.OK;
      }
    }
  }

  /** The last period of {@code g} that ended before today, by {@code clock} and its zone. */
  static Period lastComplete(Granularity g, java.time.Clock clock) {
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);
    Period p = Period.containing(g, yesterday);
    return p.end().isAfter(yesterday) ? p.previous() : p;
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
