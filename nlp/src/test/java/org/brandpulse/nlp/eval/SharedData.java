package org.brandpulse.nlp.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code /work/shared/data} through the {@code brandpulse.shared.data} property. */
final class SharedData {
  private SharedData() {}

  /** The file, or a skipped test when the shared data are absent. */
  static Path require(String relative) {
    String root = System.getProperty("brandpulse.shared.data", "../../shared/data");
    Path file = Path.of(root).resolve(relative);
    assumeTrue(Files.isRegularFile(file), "shared data absent: " + file);
    return file;
  }
}
