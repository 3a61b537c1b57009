package org.brandpulse.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.brandpulse.nlp.lang.StatisticalLanguageDetector;
import org.brandpulse.nlp.text.WordVectors;

/**
 * Writes the packed forms of the third-party models the fast tier loads at every start, into a
 * classes directory: run by the build of this module (Maven's {@code process-classes} phase), so
 * the jar carries them beside the classes that read them. Each is derived from its source in a jar
 * on the class path, and each reader falls back to that source when its packed form is missing.
 *
 * <ul>
 *   <li>CoreNLP's English word vectors ({@link WordVectors#writePacked}): two seconds to read as
 *       CoreNLP ships them.
 *   <li>OpenNLP's language model ({@link StatisticalLanguageDetector#writePacked}): a second.
 * </ul>
 *
 * <p>Usage: {@code PackResources CLASSES_DIRECTORY}
 */
public final class PackResources {
  private PackResources() {}

  /** The packed resources' paths, relative to a classes directory. */
  static final String VECTORS = "org/brandpulse/nlp/text/english-vectors.bin";

  static final String LANGUAGE_MODEL = "org/brandpulse/nlp/lang/langdetect-183.packed";

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PackResources CLASSES_DIRECTORY");
    }
    Path classes = Path.of(args[0]);
    write(classes.resolve(VECTORS), out -> WordVectors.fromCoreNlp().writePacked(out));
    write(
        classes.resolve(LANGUAGE_MODEL),
        out -> StatisticalLanguageDetector.fromOpenNlp().writePacked(out));
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** Writes a file whole or not at all. */
  private static void write(Path file, Writer writer) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      writer.write(o);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
