package org.brandpulse.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsException;
import org.brandpulse.app.settings.SettingsLoader;

/**
 * Finds the configuration a command uses, in this order:
 *
 * <ol>
 *   <li>the file named by {@code --config} (it must exist);
 *   <li>the file named by {@code $BRANDPULSE_CONFIG} (it must exist);
 *   <li>{@code brandpulse.yml} in the working folder;
 *   <li>{@code demo/brandpulse.yml} in the working folder, which {@code brandpulse demo} writes, so
 *       that {@code report}, {@code alerts} and {@code serve} work on the demo as typed;
 *   <li>the embedded defaults: no brands and no sources, the embedded database and index in {@code
 *       $BRANDPULSE_HOME} or {@code ~/.brandpulse}. Enough for every command that needs no brands.
 * </ol>
 */
public final class ConfigLocator {

  /** The default file name, looked for in the working folder. */
  public static final String FILE_NAME = "brandpulse.yml";

  /** Where {@code brandpulse demo} writes its configuration by default. */
  public static final Path DEMO_FILE = Path.of("demo", FILE_NAME);

  private ConfigLocator() {}

  /** Loads the configuration that applies; see the class comment. */
  public static BrandpulseSettings load(Path explicit, CliEnvironment environment) {
    Path wd = environment.workingDir();
    if (explicit != null) {
      return SettingsLoader.load(wd.resolve(explicit));
    }
    String named = environment.env().apply(CliEnvironment.CONFIG_ENV);
    if (named != null && !named.isBlank()) {
      Path file = wd.resolve(named);
      if (!Files.exists(file)) {
        throw new SettingsException(
            "configuration file "
                + file
                + " (from $"
                + CliEnvironment.CONFIG_ENV
                + ") does not exist");
      }
      return SettingsLoader.load(file);
    }
    for (Path candidate : List.of(Path.of(FILE_NAME), DEMO_FILE)) {
      Path file = wd.resolve(candidate);
      if (Files.isRegularFile(file)) {
        return SettingsLoader.load(file);
      }
    }
    return SettingsLoader.defaults(wd.resolve(FILE_NAME), environment.defaultDataDir());
  }
}
