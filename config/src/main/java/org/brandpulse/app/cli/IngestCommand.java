package org.brandpulse.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.brandpulse.app.ingest.IngestResult;
import org.brandpulse.app.ingest.PostIngestion;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code brandpulse ingest}: runs the {@code ingestPosts} job once. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Fetches what is new from every configured post source, keeps the posts that match a brand"
          + " query, drops near-duplicates, analyses and stores them.",
      "An interrupted earlier run is resumed first, so nothing is lost or stored twice."
    })
public class IngestCommand implements Callable<Integer> {

  @ParentCommand BrandpulseCommand parent;

  @Option(
      names = {"-s", "--source"},
      description = "Only this source (repeatable; default: all).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress bars.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    BrandpulseSettings settings = parent.settingsWithBrands("ingest");
    CliEnvironment env = parent.environment();
    for (String s : sources) {
      settings.source(s);
    }
    try (ConfigurableApplicationContext context = AppContext.start(settings, env.clock());
        ProgressBars bars = new ProgressBars(System.err, quiet)) {
      IngestResult result = context.getBean(PostIngestion.class).run(env.now(), sources, bars);
      bars.close();
      new IngestSummary(parent.spec.commandLine().getOut()).printRun(result);
      return exitCode(result);
    }
  }

  static int exitCode(IngestResult result) {
    if (!"COMPLETED".equals(result.status())) {
      return ExitCodes.FAILED;
    }
    return result.hasSourceErrors() ? ExitCodes.PARTIAL : ExitCodes.OK;
  }
}
