package org.brandpulse.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brandpulse.app.bench.IngestBenchmark;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code brandpulse bench}: benchmarks anyone can rerun. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks, each printed side by side with its baseline.",
    subcommands = {BenchCommand.Ingest.class})
public class BenchCommand implements Runnable {

  @ParentCommand BrandpulseCommand parent;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code brandpulse bench ingest}. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Ingests N copies of the demo data set into a fresh store and prints posts/s for reading"
            + " alone, for reading plus matching and analysis, and for the whole job, with the"
            + " job's peak heap.",
        "Run it with a fixed heap to check the heap it needs, e.g."
            + " BRANDPULSE_JAVA_OPTS=-Xmx512m ./brandpulse bench ingest"
      })
  static class Ingest implements Callable<Integer> {

    @ParentCommand BenchCommand parent;

    @Option(
        names = "--sets",
        description = "Copies of the demo data set (default: ${DEFAULT-VALUE}).",
        defaultValue = "4")
    int sets;

    @Option(
        names = "--dir",
        description = "Work folder, emptied first (default: a temporary folder).")
    Path dir;

    @Override
    public Integer call() throws Exception {
      Path work = dir != null ? dir : Files.createTempDirectory("brandpulse-bench");
      FileSystemUtils.deleteRecursively(work);
      try {
        IngestBenchmark.run(work, sets, parent.parent.spec.commandLine().getOut());
      } finally {
        if (dir == null) {
          FileSystemUtils.deleteRecursively(work);
        }
      }
      return ExitCodes.OK;
    }
  }
}
