package org.brandpulse.app.bench.accesslog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brandpulse.app.demo.accesslog.LogProfile;
import org.brandpulse.app.demo.accesslog.PlantedTruth;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a generated benchmark log for the next run: beside {@code access.log} a {@code
 * access.log.truth.json} holds the generator version and profile it was made from, its size and its
 * planted truth. A log whose version, profile or size does not match is generated again.
 */
final class LogCache {

  /** Changes whenever the generator writes different lines for the same profile. */
  static final String GENERATOR = "2026-11-29.2";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What is stored beside the log. */
  record Entry(String generator, String profile, long bytes, PlantedTruth truth) {}

  private LogCache() {}

  /** Returns the planted truth of a cached log made from this profile, or null. */
  static PlantedTruth load(LogProfile profile, Path log) throws IOException {
    Path meta = meta(log);
    if (!Files.isRegularFile(log) || !Files.isRegularFile(meta)) {
      return null;
    }
    try {
      Entry entry = JSON.readValue(meta.toFile(), Entry.class);
      boolean same =
          GENERATOR.equals(entry.generator())
              && profile.toString().equals(entry.profile())
              && entry.bytes() == Files.size(log);
      return same ? entry.truth() : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Stores the truth of a freshly generated log. */
  static void save(LogProfile profile, Path log, PlantedTruth truth) throws IOException {
    JSON.writeValue(
        meta(log).toFile(), new Entry(GENERATOR, profile.toString(), Files.size(log), truth));
  }

  private static Path meta(Path log) {
    return log.resolveSibling(log.getFileName() + ".truth.json");
  }
}
