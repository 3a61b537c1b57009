package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsException;
import org.brandpulse.app.settings.SettingsLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brandpulse}: the top-level command. */
@Command(
    name = "brandpulse",
    mixinStandardHelpOptions = true,
    versionProvider = BrandpulseCommand.Version.class,
    description =
        "Self-hosted brand monitoring: posts, sentiment, complaints, reports, SEO audits.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      ReanalyzeCommand.class,
      AuditCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      MetricsCommand.class,
      ReportCommand.class,
      StoreCommand.class,
      org.brandpulse.app.alerts.AlertsCommand.class,
      org.brandpulse.app.serve.ServeCommand.class,
      org.brandpulse.app.serve.HashPasswordCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:failed (a job failed or something unexpected happened)",
      "2:bad command line",
      "3:missing or invalid configuration",
      "4:done, but some source could not be read to its end (retried next run)"
    })
public class BrandpulseCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-c", "--config"},
      description = "The configuration file (default: ${DEFAULT-VALUE}).",
      defaultValue = "brandpulse.yml",
      scope = CommandLine.ScopeType.INHERIT)
  Path config;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Loads the configuration named by {@code --config}. */
  BrandpulseSettings settings() {
    return SettingsLoader.load(config);
  }

  /** Runs the command line and returns the exit code. */
  public static int execute(String... args) {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
        .execute(args);
  }

  /** The command line, writing to the given streams (tests capture them). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new BrandpulseCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof SettingsException) {
            commandLine.getErr().println("brandpulse: " + e.getMessage());
            return ExitCodes.CONFIG;
          }
          Throwable cause = rootSettingsException(e);
          if (cause != null) {
            commandLine.getErr().println("brandpulse: " + cause.getMessage());
            return ExitCodes.CONFIG;
          }
          commandLine.getErr().println("brandpulse: " + e);
          return ExitCodes.FAILED;
        });
    return cli;
  }

  private static Throwable rootSettingsException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SettingsException) {
        return t;
      }
    }
    return null;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = BrandpulseCommand.class.getPackage().getImplementationVersion();
      return new String[] {"brandpulse " + (v == null ? "development build" : v)};
    }
  }
}
