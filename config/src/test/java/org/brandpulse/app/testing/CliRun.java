package org.brandpulse.app.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.cli.BrandpulseCommand;
import org.brandpulse.app.cli.CliEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code brandpulse} commands in a test's folder (working folder and home) at a fixed clock,
 * keeping the last command's output.
 */
public final class CliRun {

  private final Path dir;
  private final List<String> prefix;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** One clock for every command of the runner: each run gets its own run time. */
  private final java.time.Clock clock =
      SteppingClock.startingAt("2026-10-20T06:00:00Z", Duration.ofSeconds(1));

  /**
   * A runner in {@code dir}.
   *
   * @param prefix arguments before every command's, e.g. {@code -c brandpulse.yml}
   */
  public CliRun(Path dir, String... prefix) {
    this.dir = dir;
    this.prefix = List.of(prefix);
  }

  /**
   * A file of shared/data (the {@code brandpulse.shared.data} property), e.g. {@code real/logs}.
   */
  public static Path sharedData(String relative) {
    return Path.of(System.getProperty("brandpulse.shared.data", "../shared/data"), relative);
  }

  /** Runs a command at 2026-10-20T06:00:00Z (one second more per clock read); its exit code. */
  public int run(String... args) {
    out.getBuffer().setLength(0);
    List<String> all = new ArrayList<>(prefix);
    all.addAll(List.of(args));
    return BrandpulseCommand.commandLine(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            CliEnvironment.fixed(clock, dir))
        .execute(all.toArray(String[]::new));
  }

  /** The last command's standard output. */
  public String out() {
    return out.toString();
  }

  /** Everything written to standard error so far. */
  public String err() {
    return err.toString();
  }

  /** The last command's output read as one JSON object. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> json() {
    return JsonMapper.builder().build().readValue(out.toString().strip(), Map.class);
  }
}
