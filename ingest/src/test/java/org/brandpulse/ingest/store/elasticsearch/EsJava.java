package org.brandpulse.ingest.store.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Java 21+ runtime for the Elasticsearch server: {@code -Dbrandpulse.es.java}, then {@code
 * ES_JAVA_HOME}, then the newest JDK under {@code /usr/lib/jvm} whose {@code release} file says 21
 * or later (the machine image ships a Temurin 25 beside the default Java 17).
 */
final class EsJava {

  static final int MINIMUM = 21;
  private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

  private EsJava() {}

  /** A Java home of version 21 or later, or null when there is none. */
  static Path find() throws IOException {
    for (String configured :
        new String[] {System.getProperty("brandpulse.es.java"), System.getenv("ES_JAVA_HOME")}) {
      if (configured != null && !configured.isBlank() && version(Path.of(configured)) >= MINIMUM) {
        return Path.of(configured);
      }
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      List<Path> candidates =
          homes
              .filter(h -> version(h) >= MINIMUM)
              .sorted(Comparator.comparingInt(EsJava::version))
              .toList();
      return candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
    }
  }

  /** The major version in {@code home/release}, or 0 when unreadable. */
  static int version(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
      return 0;
    }
    try {
      Matcher m = VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }
}
