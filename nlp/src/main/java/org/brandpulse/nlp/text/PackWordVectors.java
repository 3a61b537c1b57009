package org.brandpulse.nlp.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes {@link WordVectors#english()}'s packed table: run by the build of this module (Maven's
 * {@code process-classes} phase) so that the jar carries {@value WordVectors#PACKED_RESOURCE}
 * beside {@link WordVectors}, derived from CoreNLP's vectors in the models jar.
 *
 * <p>Usage: {@code PackWordVectors OUTPUT_FILE}
 */
public final class PackWordVectors {
  private PackWordVectors() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PackWordVectors OUTPUT_FILE");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      WordVectors.fromCoreNlp().writePacked(o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
