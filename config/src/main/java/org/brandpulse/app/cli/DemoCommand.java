package org.brandpulse.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.brandpulse.app.demo.DemoDataGenerator;
import org.brandpulse.app.ingest.IngestResult;
import org.brandpulse.app.ingest.PostIngestion;
import org.brandpulse.app.metrics.GrowthService;
import org.brandpulse.app.metrics.IngestMetricsJob;
import org.brandpulse.app.report.ReportService;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.ingest.metrics.accesslog.bench.AccessLogGenerator;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.reporting.period.Granularity;
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
      "Afterwards, the other commands work on it with --config <dir>/brandpulse.yml."
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
    LocalDate last = lastDay != null ? lastDay : LocalDate.now(ZoneOffset.UTC).minusDays(1);
    BrandpulseSettings settings = prepare(dir, last, seed, out);
    try (ConfigurableApplicationContext context = AppContext.start(settings);
        ProgressBars bars = new ProgressBars(System.err, quiet)) {
      IngestResult result =
          context
              .getBean(PostIngestion.class)
              .run(Instant.now().truncatedTo(ChronoUnit.MILLIS), List.of(), bars);
      bars.close();
      IngestSummary summary = new IngestSummary(out);
      summary.printRun(result);
      summary.printStore(context.getBean(PostStore.class));
      printMetrics(context, settings, last, out);
      out.printf("%nNext: ./brandpulse --config %s <command>%n", settings.file());
      return IngestCommand.exitCode(result);
    }
  }

  /** Imports the demo site's access log and prints its latest week against the one before. */
  private static void printMetrics(
      ConfigurableApplicationContext context,
      BrandpulseSettings settings,
      LocalDate last,
      PrintWriter out)
      throws Exception {
    out.printf("%nSite metrics (ingestMetrics job):%n");
    for (IngestMetricsJob.StepOutcome s :
        context.getBean(IngestMetricsJob.class).run(Instant.now(), List.of())) {
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
        .print(context.getBean(GrowthService.class).growth("bazarly", week, null));
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
    var data = DemoDataGenerator.generate(dir, lastDay, seed);
    out.printf(
        "Demo data for the 90 days to %s written to %s: %s%n", lastDay, dir.toAbsolutePath(), data);
    Path log = dir.resolve("logs").resolve("bazarly-access.log.gz");
    Files.createDirectories(log.getParent());
    var truth = AccessLogGenerator.demoShop(lastDay, log);
    out.printf("Demo access log %s: %s%n", log, truth);
    out.flush();
    return settings;
  }
}
