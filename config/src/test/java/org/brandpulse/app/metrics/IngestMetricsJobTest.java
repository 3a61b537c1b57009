package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.app.cli.BrandpulseCommand;
import org.brandpulse.app.cli.CliEnvironment;
import org.brandpulse.app.testing.SteppingClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ingestMetrics} job over configured file sources, one of them failing. */
class IngestMetricsJobTest {

  @TempDir Path dir;

  /** One clock for the whole test: each command run gets its own run time. */
  private final java.time.Clock clock =
      SteppingClock.startingAt("2026-01-04T06:00:00Z", java.time.Duration.ofSeconds(1));

  private Path config;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() throws IOException {
    copy("/metrics/ga4/traffic-acquisition-channels.csv", "ga4/channels.csv");
    copy("/metrics/accesslog/access-2024-03-01.log.gz", "logs/access.log.1.gz");
    copy("/metrics/accesslog/access-2024-03-02.log", "logs/access.log");
    config = dir.resolve("brandpulse.yml");
    Files.writeString(
        config,
        """
        brands:
          - {name: Shop, query: shop}
        sites:
          - name: shop
            url: https://shop.example
            goals: ['/checkout/thanks*']
            sources:
              - {name: logs, type: access-log, glob: 'logs/access.log*'}
              - {name: ga4, type: ga4-csv, paths: [ga4/channels.csv]}
              - {name: matomo, type: matomo, baseUrl: 'http://127.0.0.1:9/', siteId: 1,
                 tokenEnv: BRANDPULSE_TEST_UNSET_TOKEN}
        """);
  }

  private void copy(String resource, String to) throws IOException {
    Path target = dir.resolve(to);
    Files.createDirectories(target.getParent());
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Files.copy(in, target);
    }
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    List<String> all = new ArrayList<>(List.of("-c", config.toString()));
    all.addAll(List.of(args));
    return BrandpulseCommand.commandLine(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            CliEnvironment.fixed(clock, dir))
        .execute(all.toArray(String[]::new));
  }

  @Test
  void importsEverySourceAndReportsTheOneThatFailed() {
    assertThat(run("metrics", "run")).as(err.toString()).isEqualTo(4);
    String first = out.toString();
    assertThat(first)
        .contains("shop/logs: 2024-03-01 .. 2024-03-02")
        .contains("shop/ga4: 2026-01-01 .. 2026-01-03")
        .contains("shop/matomo: FAILED")
        .contains("BRANDPULSE_TEST_UNSET_TOKEN is not set");
    // a second run replaces the same days: the same rows
    assertThat(run("metrics", "run", "--site", "shop")).as(err.toString()).isEqualTo(4);
    assertThat(out.toString().lines().filter(l -> !l.contains("FAILED")).toList())
        .isEqualTo(first.lines().filter(l -> !l.contains("FAILED")).toList());
    assertThat(
            run(
                "metrics",
                "growth",
                "--site",
                "shop",
                "--source",
                "ga4",
                "--period",
                "day",
                "--date",
                "2026-01-03",
                "--json"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("\"name\":\"sessions\",\"current\":1655.0");
  }
}
