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
import java.util.concurrent.Callable;
import org.brandpulse.app.demo.DemoDataGenerator;
import org.brandpulse.app.ingest.IngestResult;
import org.brandpulse.app.ingest.PostIngestion;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.ingest.store.PostStore;
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
      out.printf("%nNext: ./brandpulse --config %s <command>%n", settings.file());
      return IngestCommand.exitCode(result);
    }
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
    out.flush();
    return settings;
  }
}
