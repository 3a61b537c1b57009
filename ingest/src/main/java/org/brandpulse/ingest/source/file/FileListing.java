package org.brandpulse.ingest.source.file;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.brandpulse.ingest.source.SourceException;

/** The files a file source reads, in file-name order. */
final class FileListing {

  private FileListing() {}

  static List<Path> list(FileSourceOptions options) throws SourceException {
    List<Path> files = new ArrayList<>();
    if (options.directory() == null) {
      for (Path path : options.paths()) {
        if (!Files.isRegularFile(path)) {
          throw new SourceException(
              "file source " + options.name() + ": file not found: " + path, false);
        }
        files.add(path);
      }
    } else {
      if (!Files.isDirectory(options.directory())) {
        throw new SourceException(
            "file source " + options.name() + ": directory not found: " + options.directory(),
            false);
      }
      try (DirectoryStream<Path> stream =
          Files.newDirectoryStream(options.directory(), options.glob())) {
        for (Path path : stream) {
          if (Files.isRegularFile(path)) {
            files.add(path);
          }
        }
      } catch (IOException e) {
        throw new SourceException(
            "file source "
                + options.name()
                + ": cannot list "
                + options.directory()
                + ": "
                + e.getMessage(),
            true,
            e);
      }
    }
    files.sort(
        Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString));
    return files;
  }
}
