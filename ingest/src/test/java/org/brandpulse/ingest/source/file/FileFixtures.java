package org.brandpulse.ingest.source.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Copies the fixtures under {@code source/file/} into a test's directory. */
final class FileFixtures {

  private FileFixtures() {}

  static byte[] bytes(String fixture) {
    try (InputStream in =
        FileFixtures.class.getClassLoader().getResourceAsStream("source/file/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture source/file/" + fixture);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code fixture} to {@code dir/target}. */
  static Path copy(String fixture, Path dir, String target) throws IOException {
    return Files.write(dir.resolve(target), bytes(fixture));
  }

  /** Appends {@code fixture}'s bytes to {@code file}. */
  static void append(String fixture, Path file) throws IOException {
    Files.write(file, bytes(fixture), StandardOpenOption.APPEND);
  }

  /** Line {@code index} (0-based) of a UTF-8 fixture, with its newline. */
  static String lines(String fixture, int index) {
    String text = new String(bytes(fixture), java.nio.charset.StandardCharsets.UTF_8);
    return text.split("\n")[index] + "\n";
  }

  /** Appends UTF-8 text to {@code file}. */
  static void append(Path file, String text) throws IOException {
    Files.writeString(
        file,
        text,
        java.nio.charset.StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
