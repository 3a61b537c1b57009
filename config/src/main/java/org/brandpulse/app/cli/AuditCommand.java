package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.brandpulse.app.audit.AuditOptions;
import org.brandpulse.app.audit.AuditService;
import org.brandpulse.app.audit.SeoAuditJob;
import org.brandpulse.app.settings.AuditSettings;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import org.brandpulse.seoaudit.checks.Thresholds;
import org.brandpulse.seoaudit.crawl.CrawlOptions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code brandpulse audit <url>}: crawl a site and report every SEO problem. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Crawls a site (honouring robots.txt) and runs the SEO check catalogue; writes audit.json,"
          + " audit.csv and audit.html and stores the run, so the next audit of the same site"
          + " shows new, fixed and persisting findings.",
      "Exit code 0 when the crawl completed, whatever it found."
    })
public class AuditCommand implements Callable<Integer> {

  @ParentCommand BrandpulseCommand parent;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      description =
          "The start URL, e.g. https://www.example.com/; without it, every site of the"
              + " configuration's 'audits:' list is audited by the seoAudit job.")
  String startUrl;

  @Option(
      names = "--out",
      description = "Output folder (default: audits/<host>-<time> under the data folder).")
  Path out;

  @Option(
      names = "--compare",
      description = "Print new, fixed and persisting findings against the previous audit.")
  boolean compare;

  @Option(names = "--max-pages", defaultValue = "10000", description = "Default: ${DEFAULT-VALUE}.")
  int maxPages;

  @Option(names = "--max-depth", defaultValue = "50", description = "Default: ${DEFAULT-VALUE}.")
  int maxDepth;

  @Option(
      names = "--concurrency",
      defaultValue = "4",
      description = "Parallel requests (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--delay-ms",
      defaultValue = "0",
      description =
          "Least delay between requests to one host; robots.txt crawl-delay may ask for more.")
  long delayMs;

  @Option(
      names = "--timeout-ms",
      defaultValue = "15000",
      description = "Per-request read timeout (default: ${DEFAULT-VALUE}).")
  long timeoutMs;

  @Option(
      names = "--time-budget-s",
      defaultValue = "3600",
      description = "Stop crawling after this long (default: ${DEFAULT-VALUE}).")
  long timeBudgetSeconds;

  @Option(names = "--user-agent", description = "User-Agent (default: Brandpulse's).")
  String userAgent;

  @Option(names = "--include", description = "Only URLs matching this regex (repeatable).")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", description = "Skip URLs matching this regex (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--site-alias",
      description =
          "Another host that is the same site, e.g. the production host in canonicals (repeatable).")
  List<String> aliases = new ArrayList<>();

  @Option(
      names = "--sitemap",
      description = "A sitemap URL besides those in robots.txt (repeatable).")
  List<String> sitemaps = new ArrayList<>();

  @Option(
      names = "--external-links",
      description = "Also check links to other sites (never crawled further).")
  boolean externalLinks;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (startUrl == null) {
      return runConfigured();
    }
    AuditSettings site =
        new AuditSettings(
            "cli",
            startUrl,
            maxPages,
            concurrency,
            delayMs,
            aliases,
            sitemaps,
            include,
            exclude,
            externalLinks,
            null);
    CrawlOptions options =
        AuditOptions.crawl(
                site, Duration.ofMillis(timeoutMs), Duration.ofSeconds(timeBudgetSeconds))
            .withMaxDepth(maxDepth);
    if (userAgent != null) {
      options = options.withUserAgent(userAgent);
    }
    var settings = parent.settings();
    CliEnvironment env = parent.environment();
    Path dir =
        out != null
            ? out
            : settings
                .dataDir()
                .resolve("audits")
                .resolve(
                    AuditService.folderName(
                        startUrl, env.clock().instant().truncatedTo(ChronoUnit.SECONDS)));
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = !quiet;
    try (ConfigurableApplicationContext ctx = AppContext.start(settings, env.clock())) {
      AuditService.Outcome o =
          ctx.getBean(AuditService.class)
              .audit(
                  options,
                  Thresholds.DEFAULTS,
                  dir,
                  p -> {
                    if (showProgress) {
                      err.print("\r" + p + "   ");
                      err.flush();
                    }
                  });
      if (showProgress) {
        err.println();
      }
      print(spec.commandLine().getOut(), o);
      return o.result().completed() ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }

  private int runConfigured() throws Exception {
    CliEnvironment env = parent.environment();
    try (ConfigurableApplicationContext ctx = AppContext.start(parent.settings(), env.clock())) {
      var execution = ctx.getBean(SeoAuditJob.class).run(env.now());
      PrintWriter out = spec.commandLine().getOut();
      for (var step : execution.getStepExecutions()) {
        long id = step.getExecutionContext().getLong("seoAudit.runId", -1L);
        out.printf(
            Locale.ROOT,
            "%s: %s%s%n",
            step.getStepName(),
            step.getStatus(),
            id < 0 ? "" : " (audit run " + id + ")");
      }
      out.flush();
      return "COMPLETED".equals(execution.getStatus().name()) ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }

  private void print(PrintWriter out, AuditService.Outcome o) {
    var r = o.result();
    out.printf(
        Locale.ROOT,
        "Audit of %s: %d pages, health %.1f/100, crawl %s, %d findings%n",
        r.site(),
        r.pages().size(),
        r.healthScore(),
        r.stopReason().toLowerCase(Locale.ROOT),
        r.findings().size());
    Map<Severity, Long> bySeverity = r.countsBySeverity();
    for (Severity s : Severity.values()) {
      out.printf(Locale.ROOT, "  %-9s %6d%n", s.id(), bySeverity.getOrDefault(s, 0L));
    }
    Map<String, Integer> byCheck = new TreeMap<>();
    for (Finding f : r.findings()) {
      byCheck.merge(f.check(), 1, Integer::sum);
    }
    out.println("Findings per check:");
    byCheck.forEach((check, n) -> out.printf(Locale.ROOT, "  %-30s %6d%n", check, n));
    if (compare) {
      if (!o.hadPrevious()) {
        out.println("No earlier audit of this site to compare with.");
      } else {
        out.printf(
            Locale.ROOT,
            "Against the previous audit: %d new, %d fixed, %d persisting%n",
            o.diff().added().size(),
            o.diff().fixed().size(),
            o.diff().persisting().size());
        o.diff().added().stream()
            .limit(20)
            .forEach(f -> out.printf(Locale.ROOT, "  new   %s %s%n", f.check(), f.url()));
        o.diff().fixed().stream()
            .limit(20)
            .forEach(f -> out.printf(Locale.ROOT, "  fixed %s %s%n", f.check(), f.url()));
      }
    }
    out.printf(
        Locale.ROOT, "Written: %s (audit.json, audit.csv, audit.html)%n", o.dir().toAbsolutePath());
    out.flush();
  }
}
