package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.brandpulse.app.reanalyze.ReanalyzeJob;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code brandpulse reanalyze}: runs the {@code reanalyze} job once. */
@Command(
    name = "reanalyze",
    mixinStandardHelpOptions = true,
    description =
        "Analyses stored posts again with the current models (after an upgrade) and stores the"
            + " new analysis; brands and counted copies are kept. Resumes an interrupted run first.")
public class ReanalyzeCommand implements Callable<Integer> {

  @ParentCommand BrandpulseCommand parent;

  @Option(names = "--since", description = "Only posts created on or after this day (UTC).")
  LocalDate since;

  @Option(names = "--until", description = "Only posts created before this day (UTC).")
  LocalDate until;

  @Override
  public Integer call() throws Exception {
    Instant from = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = until == null ? null : until.atStartOfDay(ZoneOffset.UTC).toInstant();
    CliEnvironment env = parent.environment();
    try (ConfigurableApplicationContext ctx =
        AppContext.start(parent.settingsWithBrands("reanalyze"), env.clock())) {
      ReanalyzeJob.Result r = ctx.getBean(ReanalyzeJob.class).run(env.now(), from, to);
      PrintWriter out = parent.spec.commandLine().getOut();
      out.printf(
          "Re-analysis %s%s: %d posts read, %d written%n",
          r.status(), r.resumed() ? " (resumed an interrupted run)" : "", r.read(), r.written());
      out.flush();
      return "COMPLETED".equals(r.status()) ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }
}
