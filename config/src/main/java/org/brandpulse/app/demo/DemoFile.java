package org.brandpulse.app.demo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file the demo wrote.
 *
 * @param path where it is
 * @param records records written (JSON lines, CSV data rows, feed items), malformed ones included
 * @param posts records a lenient reader turns into posts (records minus malformed ones)
 * @param bytes file size
 */
public record DemoFile(Path path, int records, int posts, long bytes) {
  public DemoFile {
    Objects.requireNonNull(path, "path");
    if (posts < 0 || posts > records || bytes < 0) {
      throw new IllegalArgumentException(
          "inconsistent counts for "
              + path
              + ": records="
              + records
              + " posts="
              + posts
              + " bytes="
              + bytes);
    }
  }

  /** The file name, e.g. {@code social.jsonl}. */
  public String name() {
    return path.getFileName().toString();
  }
}
