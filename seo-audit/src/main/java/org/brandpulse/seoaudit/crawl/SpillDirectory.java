package org.brandpulse.seoaudit.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory for frontier segments, created on first use and deleted on close. */
final class SpillDirectory implements Closeable {

  private final Path parent;
  private Path dir;
  private int next;

  SpillDirectory(Path parent) {
    this.parent = parent;
  }

  synchronized Path newFile() throws IOException {
    if (dir == null) {
      dir =
          parent == null
              ? Files.createTempDirectory("brandpulse-frontier-")
              : Files.createTempDirectory(Files.createDirectories(parent), "brandpulse-frontier-");
    }
    return dir.resolve("segment-" + (next++) + ".bin");
  }

  @Override
  public synchronized void close() throws IOException {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
    dir = null;
  }
}
