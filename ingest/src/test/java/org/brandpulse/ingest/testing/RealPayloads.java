package org.brandpulse.ingest.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recorded real API responses of {@code real/posts-api/} in the shared data folder (the {@code
 * brandpulse.shared.data} property; see its {@code SOURCE.txt}). They are read where they are,
 * never copied into the repository; a test that needs one is skipped when the folder is absent.
 */
public final class RealPayloads {

  private RealPayloads() {}

  /**
   * The body of {@code real/posts-api/<file>}, or a skipped test when the shared data are absent.
   */
  public static String read(String file) {
    Path root = Path.of(System.getProperty("brandpulse.shared.data", "../shared/data"));
    Path path = root.resolve("real").resolve("posts-api").resolve(file);
    assumeTrue(Files.isRegularFile(path), "shared data absent: " + path);
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
