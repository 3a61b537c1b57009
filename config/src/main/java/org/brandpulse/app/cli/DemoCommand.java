package org.brandpulse.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.brandpulse.app.demo.DemoData;
import org.brandpulse.app.demo.DemoDataGenerator;
import org.brandpulse.app.demo.DemoEvent;
import org.brandpulse.app.demo.DemoFile;
import org.brandpulse.app.demo.accesslog.AccessLogGenerator;
import org.brandpulse.app.demo.accesslog.PlantedTruth;
import org.brandpulse.app.ingest.IngestResult;
import org.brandpulse.app.ingest.PostIngestion;
import org.brandpulse.app.metrics.IngestMetricsJob;
import org.brandpulse.app.report.ReportService;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.GrowthService;
import org.brandpulse.reporting.period.Period;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code brandpulse demo}: writes the bundled demo data set (the fictional shop Bazarly and two
 * competitors, 90 days ending yesterday) with its configuration into a folder, ingests it from
 * scratch and prints a summary.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the bundled demo data from scratch and prints a summary: posts per brand and"
          + " source, sentiment, top keywords, the complaints found and the skipped records.",
      "Afterwards, run from the same folder, report, alerts and serve use demo/brandpulse.yml"
          + " without --config (another --dir needs --config <dir>/brandpulse.yml)."
    })
public class DemoCommand implements Callable<Integer> {

  @ParentCommand BrandpulseCommand parent;

  @Option(
      names = "--dir",
      description =
          "Where the demo data, its configuration and its store go (default: ${DEFAULT-VALUE}).",
      defaultValue = "demo")
  Path dir;

  @Option(
      names = "--last-day",
      description = "The last day of the 90 days of demo data (default: yesterday, UTC).")
  LocalDate lastDay;

  @Option(
      names = "--seed",
      description = "Seed of the generator (default: ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long seed;

  @Option(names = "--quiet", description = "No progress bars.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = parent.spec.commandLine().getOut();
    CliEnvironment env = parent.environment();
    LocalDate last =
        lastDay != null
            ? lastDay
            : LocalDate.now(env.clock().withZone(ZoneOffset.UTC)).minusDays(1);
    Path folder = env.workingDir().resolve(dir);
    BrandpulseSettings settings = prepare(folder, last, seed, out);
    try (ConfigurableApplicationContext context = AppContext.start(settings, env.clock());
        ProgressBars bars = new ProgressBars(System.err, quiet)) {
      IngestResult result = context.getBean(PostIngestion.class).run(env.now(), List.of(), bars);
      bars.close();
      IngestSummary summary = new IngestSummary(out);
      summary.printRun(result);
      // the summary's "last 7 days" are the demo's last 7 days, whatever today is
      summary.printStore(
          context.getBean(PostStore.class),
          last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
      printMetrics(context, env, last, out);
      printNext(out, env, folder);
      return IngestCommand.exitCode(result);
    }
  }

  /** What to type next; without --config when the commands will find the demo's configuration. */
  private static void printNext(PrintWriter out, CliEnvironment env, Path folder) {
    Path config = folder.resolve(ConfigLocator.FILE_NAME);
    boolean found =
        env.workingDir().resolve(ConfigLocator.DEMO_FILE).equals(config)
            && !java.nio.file.Files.exists(env.workingDir().resolve(ConfigLocator.FILE_NAME));
    String c = found ? "" : " --config " + config;
    out.printf("%nNext, from this folder:%n");
    out.printf("  ./brandpulse%s report --out reports      the weekly report as HTML%n", c);
    out.printf(
        "  SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=2525 ./brandpulse%s alerts"
            + "      complaint alerts by e-mail%n",
        c);
    out.printf(
        "  ./brandpulse%s serve      the web UI on http://127.0.0.1:8080 (user demo,"
            + " password demo-password)%n",
        c);
    out.flush();
  }

  /** Imports the demo site's access log and prints its latest week against the one before. */
  private static void printMetrics(
      ConfigurableApplicationContext context, CliEnvironment env, LocalDate last, PrintWriter out)
      throws Exception {
    out.printf("%nSite metrics (ingestMetrics job):%n");
    for (IngestMetricsJob.StepOutcome s :
        context.getBean(IngestMetricsJob.class).run(env.now(), List.of())) {
      if (s.error() != null) {
        out.printf("  %s/%s: FAILED %s%n", s.site(), s.source(), s.error());
        continue;
      }
      Map<String, Object> t = s.totals();
      out.printf(
          "  %s/%s: %,d lines (%,d malformed), %,d bot requests filtered, %,d sessions,"
              + " %,d pageviews, %,d conversions%n",
          s.site(),
          s.source(),
          ((Number) t.get("lines")).longValue(),
          ((Number) t.get("malformedLines")).longValue(),
          ((Number) t.get("botRequests")).longValue(),
          ((Number) t.get("sessions")).longValue(),
          ((Number) t.get("pageviews")).longValue(),
          ((Number) t.get("conversions")).longValue());
    }
    Period week = ReportService.lastComplete(Granularity.WEEK, last.plusDays(1));
    new GrowthPrinter(out)
        .print(
            context
                .getBean(GrowthService.class)
                .growth(
                    context.getBean(BrandpulseSettings.class).siteOrAdHoc("bazarly").ref(),
                    week,
                    null));
  }

  /** Writes a fresh demo folder: configuration and data; an earlier demo store is removed. */
  static BrandpulseSettings prepare(Path dir, LocalDate lastDay, long seed, PrintWriter out)
      throws IOException {
    Files.createDirectories(dir);
    Path config = dir.resolve("brandpulse.yml");
    try (InputStream in = DemoCommand.class.getResourceAsStream("/demo-config/brandpulse.yml")) {
      if (in == null) {
        throw new IOException("the demo configuration is missing from the application jar");
      }
      Files.copy(in, config, StandardCopyOption.REPLACE_EXISTING);
    }
    BrandpulseSettings settings = SettingsLoader.load(config);
    FileSystemUtils.deleteRecursively(settings.dataDir());
    DemoData data = DemoDataGenerator.generate(dir, lastDay, seed);
    Path log = dir.resolve("logs").resolve("bazarly-access.log.gz");
    Files.createDirectories(log.getParent());
    PlantedTruth truth = AccessLogGenerator.demoShop(lastDay, log);
    describe(out, data, log, truth);
    out.flush();
    return settings;
  }

  /** A short account of what the demo wrote, for people (not the generator's records). */
  static void describe(PrintWriter out, DemoData data, Path log, PlantedTruth truth) {
    out.printf(
        Locale.ROOT,
        "Demo: Bazarly, an online shop in Dhaka, and its competitors ShopNest and Dhakart;"
            + " %s to %s, written to %s%n",
        data.firstDay(),
        data.lastDay(),
        data.directory().toAbsolutePath());
    out.printf(Locale.ROOT, "  Post files:%n");
    for (DemoFile f : data.files()) {
      out.printf(
          Locale.ROOT,
          "    %-18s %,7d records (%,d malformed on purpose)%n",
          f.name(),
          f.records(),
          f.records() - f.posts());
    }
    out.printf(
        Locale.ROOT,
        "  %,d posts in %d languages (%s); %,d complaints, %,d near-duplicates, %,d off-topic,"
            + " %,d replies by the brand%n",
        data.totalPosts(),
        data.languages().size(),
        data.languages().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(4)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "))
            + (data.languages().size() > 4 ? ", ..." : ""),
        data.totalComplaints(),
        data.duplicates(),
        data.offTopic(),
        data.brandReplies());
    out.printf(Locale.ROOT, "  Planted events:%n");
    for (DemoEvent e : data.events()) {
      out.printf(
          Locale.ROOT,
          "    %s%s: %s%n",
          e.from(),
          e.to().equals(e.from()) ? "" : " to " + e.to(),
          e.description());
    }
    out.printf(
        Locale.ROOT,
        "  Site access log %s: %,d lines, %,d sessions, %,d conversions, %,d bot requests%n",
        data.directory().toAbsolutePath().relativize(log.toAbsolutePath()),
        truth.lines(),
        truth.sessions(),
        truth.conversions(),
        truth.botRequests());
  }
}
