package org.brandpulse.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists bundled beside the classes that use them. */
public final class Resources {
  private Resources() {}

  /**
   * Reads a UTF-8 resource as lines in Unicode NFC, without a byte-order mark, blank lines or
   * {@code #} comment lines (when {@code comments} is true).
   *
   * @param owner the class whose package holds the resource
   * @param name the resource name relative to that package
   * @throws IllegalStateException when the resource is missing from the jar
   */
  public static List<String> lines(Class<?> owner, String name, boolean comments) {
    String where = owner.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + where);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        line = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
        if (line.isEmpty() || (comments && line.startsWith("#"))) {
          continue;
        }
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath resource " + where, e);
    }
  }

  /** An error for a malformed line of a bundled resource, naming resource, line and content. */
  public static IllegalStateException badLine(
      Class<?> owner, String name, int index, String line, String expected) {
    String clipped = line.length() > 80 ? line.substring(0, 80) + "..." : line;
    return new IllegalStateException(
        owner.getPackageName().replace('.', '/')
            + "/"
            + name
            + " entry "
            + (index + 1)
            + ": '"
            + clipped
            + "', expected "
            + expected);
  }
}
