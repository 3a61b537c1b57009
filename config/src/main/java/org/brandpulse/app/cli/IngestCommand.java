package org.brandpulse.app.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.brandpulse.app.ingest.IngestResult;
import org.brandpulse.app.ingest.PostIngestion;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SinceDate;
import org.brandpulse.app.settings.SourceSettings;
import org.brandpulse.nlp.TextAnalyzers;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

  @Spec CommandSpec spec;

  @Option(
      names = {"-s", "--source"},
      description = "Only this source (repeatable; default: all).")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = {
        "Backfill: the API sources (mastodon, reddit, hackernews, bluesky) read back to DATE in this"
            + " run (YYYY-MM-DD, midnight UTC, or an ISO-8601 instant), past what they already"
            + " have when their history does not reach back that far. Without it a source reads"
            + " back to its configured `since`, else its first run reads the last 7 days.",
        "File and feed sources have no window: they read every record they have."
      })
  String since;

  @Option(names = "--quiet", description = "No progress bars.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    CliEnvironment env = parent.environment();
    Instant start = since(env.now());
    BrandpulseSettings settings = parent.settingsWithBrands("ingest");
    for (String s : sources) {
      settings.source(s);
    }
    if (start != null && settings.sources().stream().noneMatch(this::isSelectedApiSource)) {
      spec.commandLine()
          .getErr()
          .println(
              "brandpulse: --since has no effect here: no selected source is an API source"
                  + " (file and feed sources read every record they have)");
    }
    // the analysers load (a third of the start) while Spring starts, on the other core
    Thread warmUp =
        new Thread(
            () -> {
              try {
                TextAnalyzers.warmUp();
              } catch (RuntimeException | Error e) {
                // the ingest itself reports it, with its cause, when it first analyses a post
              }
            },
            "analyser-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    try (ConfigurableApplicationContext context = AppContext.start(settings, env.clock());
        ProgressBars bars = new ProgressBars(System.err, quiet)) {
      IngestResult result =
          context.getBean(PostIngestion.class).run(env.now(), sources, start, bars);
      bars.close();
      new IngestSummary(parent.spec.commandLine().getOut()).printRun(result);
      return exitCode(result);
    }
  }

  /** The parsed {@code --since}, or null; a bad or future date is a usage error naming it. */
  private Instant since(Instant now) {
    if (since == null) {
      return null;
    }
    Instant start;
    try {
      start = SinceDate.parse(since);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--since: " + e.getMessage());
    }
    if (start.isAfter(now)) {
      throw new ParameterException(
          spec.commandLine(),
          "--since: '" + since + "' is after now (" + now + "); expected a start in the past");
    }
    return start;
  }

  private boolean isSelectedApiSource(SourceSettings source) {
    return source instanceof SourceSettings.Api
        && (sources.isEmpty() || sources.contains(source.name()));
  }

  static int exitCode(IngestResult result) {
    if (!"COMPLETED".equals(result.status())) {
      return ExitCodes.FAILED;
    }
    return result.hasSourceErrors() ? ExitCodes.PARTIAL : ExitCodes.OK;
  }
}
