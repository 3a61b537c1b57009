package org.brandpulse.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a command reads from the world besides its arguments: the time, the working folder (where
 * {@code brandpulse.yml} is looked for) and the environment. Tests give a fixed clock and their own
 * folders; nothing in a command reads the wall clock or {@code System.getenv} directly.
 *
 * @param clock "now" for every job the command runs
 * @param workingDir where the default configuration files are looked for
 * @param env environment variables ({@code BRANDPULSE_CONFIG}, {@code BRANDPULSE_HOME})
 * @param userHome the user's home folder (the default data folder is {@code ~/.brandpulse})
 */
public record CliEnvironment(
    Clock clock, Path workingDir, Function<String, String> env, Path userHome) {

  /** Environment variable naming the configuration file when {@code --config} is not given. */
  public static final String CONFIG_ENV = "BRANDPULSE_CONFIG";

  /** Environment variable naming the data folder used when there is no configuration file. */
  public static final String HOME_ENV = "BRANDPULSE_HOME";

  public CliEnvironment {
    Objects.requireNonNull(clock, "clock");
    workingDir = workingDir.toAbsolutePath().normalize();
    Objects.requireNonNull(env, "env");
    userHome = userHome.toAbsolutePath().normalize();
  }

  /** The real world: the system clock (UTC), the process's folder and environment. */
  public static CliEnvironment system() {
    return new CliEnvironment(
        Clock.systemUTC(),
        Path.of(""),
        System::getenv,
        Path.of(System.getProperty("user.home", ".")));
  }

  /** A test's world: a fixed clock, and {@code dir} as both working folder and home. */
  public static CliEnvironment fixed(Clock clock, Path dir) {
    return new CliEnvironment(clock, dir, name -> null, dir);
  }

  /** This environment with another clock. */
  public CliEnvironment withClock(Clock newClock) {
    return new CliEnvironment(newClock, workingDir, env, userHome);
  }

  /** This environment with another working folder. */
  public CliEnvironment withWorkingDir(Path dir) {
    return new CliEnvironment(clock, dir, env, userHome);
  }

  /** Now, to the millisecond (what job parameters and stored timestamps hold). */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * The data folder of the embedded defaults: {@code $BRANDPULSE_HOME}, else {@code ~/.brandpulse}.
   */
  public Path defaultDataDir() {
    String home = env.apply(HOME_ENV);
    if (home != null && !home.isBlank()) {
      return workingDir.resolve(home).normalize();
    }
    return userHome.resolve(".brandpulse");
  }
}
