package org.brandpulse.ingest.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public files under {@code <brandpulse.shared.data>/real} (default {@code
 * ../shared/data}; their origins are in {@code SOURCE.txt} there). They are read in place, never
 * copied into the repository; a test using one is skipped when it is absent.
 */
public final class RealData {

  private RealData() {}

  /** The file at {@code relative} under {@code real/}, or a skipped test when it is absent. */
  public static Path require(String relative) {
    Path root = Path.of(System.getProperty("brandpulse.shared.data", "../shared/data"));
    Path file = root.resolve("real").resolve(relative);
    assumeTrue(Files.isRegularFile(file), "shared data absent: " + file);
    return file;
  }
}
