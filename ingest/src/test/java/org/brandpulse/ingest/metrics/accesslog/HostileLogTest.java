package org.brandpulse.ingest.metrics.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.brandpulse.ingest.source.SourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compression bombs, endless lines and floods of one timestamp do not take the import down. */
class HostileLogTest {

  private static final String GOOD =
      "10.0.0.1 - - [05/Mar/2024:10:00:00 +0000] \"GET /চা HTTP/1.1\" 200 512 \"-\""
          + " \"Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\"\n";

  @TempDir Path dir;

  @Test
  void aGzipOfZerosIsStoppedWithItsNameAndTheOtherFilesStillImport() throws Exception {
    Path bomb = zeros("access.log.2.gz", 40 << 20);
    Path good = Files.writeString(dir.resolve("access.log"), GOOD);

    AccessLogSource.Result result = source(bomb, good).read();

    assertThat(result.summary().failedFiles())
        .singleElement()
        .asString()
        .contains("access.log.2.gz", "more than 200 times", "expected a gzip access log");
    assertThat(result.report().sessions()).isEqualTo(1);
    assertThat(result.batch().skipped())
        .anySatisfy(s -> assertThat(s.location()).contains("access.log.2.gz"));
  }

  @Test
  void aSetOfOnlyBadFilesFailsNamingThem() throws Exception {
    Path bomb = zeros("bomb.gz", 40 << 20);
    assertThatThrownBy(() -> source(bomb).read())
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("bomb.gz")
        .hasMessageContaining("no file could be read");
  }

  @Test
  void aVeryLongLineIsSkippedWithFileAndLine() throws Exception {
    Path log =
        Files.writeString(
            dir.resolve("long.log"),
            GOOD + "x".repeat(3_000_000) + "\n" + GOOD.replace("10:00", "10:01"));
    AccessLogReader.Summary summary =
        new AccessLogReader(LogFormat.COMBINED).read(List.of(log), r -> {});
    assertThat(summary.records()).isEqualTo(2);
    assertThat(summary.malformed())
        .singleElement()
        .hasToString(
            "long.log:2: expected a line of at most 16384 characters in '(3000000 characters)'");
  }

  @Test
  void manyRequestsWithOneTimestampStayWithinTheReorderBuffer() {
    Sessionizer sessionizer =
        new Sessionizer(new TrafficClassifier(Set.of()), Sessionizer.Options.DEFAULTS);
    Instant t = Instant.parse("2024-03-05T10:00:00Z");
    int n = Sessionizer.MAX_BUFFERED + 20_000;
    for (int i = 0; i < n; i++) {
      sessionizer.accept(
          new AccessRecord(
              "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255),
              t,
              "GET",
              "/",
              "",
              200,
              10,
              "",
              "Mozilla/5.0 Firefox/128.0"));
    }
    Sessionizer.Report report = sessionizer.finish();
    assertThat(report.sessions()).isEqualTo(n);
    assertThat(report.lateRecords()).isZero();
  }

  private AccessLogSource source(Path... files) {
    return new AccessLogSource(
        "logs",
        List.of(files),
        LogFormat.COMBINED,
        new TrafficClassifier(Set.of()),
        Sessionizer.Options.DEFAULTS,
        java.time.Clock.fixed(Instant.parse("2024-03-06T00:00:00Z"), java.time.ZoneOffset.UTC));
  }

  private Path zeros(String name, int bytes) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      byte[] block = new byte[1 << 16];
      for (int written = 0; written < bytes; written += block.length) {
        out.write(block);
      }
    }
    return file;
  }
}
