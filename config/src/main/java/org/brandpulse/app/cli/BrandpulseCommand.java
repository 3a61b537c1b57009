package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsException;
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
      org.brandpulse.app.complaints.AlertsCommand.class,
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
      description = {
        "The configuration file. Default: $BRANDPULSE_CONFIG, else ./brandpulse.yml, else"
            + " demo/brandpulse.yml (written by 'brandpulse demo'), else the embedded defaults:"
            + " no brands, data in $BRANDPULSE_HOME or ~/.brandpulse (enough for audit, metrics,"
            + " eval, bench, store, hash-password)."
      },
      scope = CommandLine.ScopeType.INHERIT)
  Path config;

  private final CliEnvironment environment;
  private BrandpulseSettings loaded;

  BrandpulseCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The clock, folders and environment variables the commands use. */
  public CliEnvironment environment() {
    return environment;
  }

  /**
   * The configuration: the file {@code --config} names, else the first default that exists (see the
   * option's description). Says on standard error which one it is.
   */
  public BrandpulseSettings settings() {
    if (loaded == null) {
      loaded = ConfigLocator.load(config, environment);
      spec.commandLine().getErr().println("brandpulse: configuration " + loaded.describe());
      spec.commandLine().getErr().flush();
    }
    return loaded;
  }

  /** The configuration, which must name at least one brand for {@code command}. */
  public BrandpulseSettings settingsWithBrands(String command) {
    return settings().requireBrands(command);
  }

  /** The root command of a subcommand's command line. */
  public static BrandpulseCommand of(CommandLine.Model.CommandSpec spec) {
    return (BrandpulseCommand) spec.root().userObject();
  }

  /** Runs the command line and returns the exit code. */
  public static int execute(String... args) {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
        .execute(args);
  }

  /** The command line in the real world, writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, CliEnvironment.system());
  }

  /** The command line, writing to the given streams (tests capture them, and fix the clock). */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, CliEnvironment environment) {
    CommandLine cli = new CommandLine(new BrandpulseCommand(environment));
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
          String busy = dataFolderInUse(e);
          if (busy != null) {
            commandLine.getErr().println("brandpulse: " + busy);
            return ExitCodes.FAILED;
          }
          commandLine.getErr().println("brandpulse: " + e);
          return ExitCodes.FAILED;
        });
    return cli;
  }

  /**
   * One line for the usual cause of a failed start: another Brandpulse process (typically {@code
   * brandpulse serve}) holds the embedded database or the index. Null for anything else.
   */
  static String dataFolderInUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      boolean index =
          t.getClass().getName().equals("org.apache.lucene.store.LockObtainFailedException");
      boolean database = m.contains("Database may be already in use") || m.contains("[90020-");
      if (index || database) {
        return "the data folder is in use by another Brandpulse process (is 'brandpulse serve'"
            + " running on it?): stop that process, or let serve run the job on its schedule"
            + " (serve.schedules); "
            + (index ? "the post index" : "the embedded database")
            + " is locked";
      }
    }
    return null;
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
