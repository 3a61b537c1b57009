package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.brandpulse.app.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly report of the real Apache log's site says that its weeks are partial. */
class RealLogReportTest {

  private static final Path LOG = CliRun.sharedData("real/logs/elastic-apache_logs.log");

  @TempDir Path dir;

  @Test
  void aReportOfAPartialWeekSaysSoInItsKpisAndCoverage() throws Exception {
    assumeTrue(Files.isRegularFile(LOG), "shared real data not present: " + LOG);
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(
        config,
        """
        brands:
          - {name: Semicomplete, query: semicomplete}
        sites:
          - name: semicomplete
            url: https://www.semicomplete.com
            brand: Semicomplete
        """);
    CliRun cli = new CliRun(dir, "-c", config.toString());
    assertThat(cli.run("metrics", "import", "--site", "semicomplete", "--access-log", "" + LOG))
        .as(cli.err())
        .isZero();
    Path out = dir.resolve("out");
    assertThat(cli.run("report", "--period", "week", "--date", "2015-05-18", "--out", "" + out))
        .as(cli.err())
        .isZero();

    String html;
    try (Stream<Path> files = Files.walk(out)) {
      Path report = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
      html = Files.readString(report);
    }
    assertThat(html)
        .contains("Sessions (PARTIAL period: 69 of 168 hours)")
        .contains(
            "4 of 7 days missing; stored 2015-05-17 .. 2015-05-20; PARTIAL days, with data for only some hours: 2015-05-20 (21.1 h)")
        .contains("PARTIAL: this period has data for 69 of 168 hours only");
  }
}
