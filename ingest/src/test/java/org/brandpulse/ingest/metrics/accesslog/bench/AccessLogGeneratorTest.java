package org.brandpulse.ingest.metrics.accesslog.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.brandpulse.ingest.metrics.accesslog.AccessLogReader;
import org.brandpulse.ingest.metrics.accesslog.Channel;
import org.brandpulse.ingest.metrics.accesslog.DailyMetric;
import org.brandpulse.ingest.metrics.accesslog.LogFormat;
import org.brandpulse.ingest.metrics.accesslog.Sessionizer;
import org.brandpulse.ingest.metrics.accesslog.TrafficClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogGeneratorTest {

  private static final LogProfile PROFILE =
      LogProfile.benchmark(60_000).withDays(LocalDate.of(2026, 10, 12), 7);

  @TempDir static Path dir;
  static PlantedTruth truth;
  static AccessLogReader.Summary summary;
  static Sessionizer.Report report;

  @BeforeAll
  static void generateAndRead() throws IOException {
    Path log = dir.resolve("access.log.gz");
    truth = AccessLogGenerator.generate(PROFILE, log);
    Sessionizer sessionizer =
        new Sessionizer(
            new TrafficClassifier(Set.of(PROFILE.host())),
            Sessionizer.Options.DEFAULTS.withGoals(List.of("/order/confirmation")));
    summary = new AccessLogReader(LogFormat.COMBINED).read(List.of(log), sessionizer::accept);
    report = sessionizer.finish();
    System.out.println(
        "seed " + PROFILE.seed() + ": " + truth + "\n" + report.toString().substring(0, 200));
  }

  @Test
  void sameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
    LogProfile small = PROFILE.withLines(3_000).withDays(LocalDate.of(2026, 10, 12), 2);
    assertThat(sha256(small)).isEqualTo(sha256(small)).isNotEqualTo(sha256(small.withSeed(7)));
  }

  @Test
  void writesTheTargetLineCountWithAFewMalformedLines() {
    assertThat(truth.lines()).isCloseTo(60_000L, within(400L));
    assertThat(summary.lines()).isEqualTo(truth.lines());
    assertThat(summary.malformedLines()).isEqualTo(truth.malformedLines()).isBetween(2L, 15L);
    assertThat(truth.humanRequests() + truth.botRequests() + truth.malformedLines())
        .isEqualTo(truth.lines());
  }

  @Test
  void sessionizerFindsThePlantedHumansAndBots() {
    assertThat(report.pageviews())
        .isCloseTo(truth.humanPageviews(), within(truth.humanPageviews() / 200));
    assertThat(report.sessions()).isCloseTo(truth.sessions(), within(truth.sessions() / 200));
    assertThat(report.visitors()).isCloseTo(truth.visitors(), within(truth.visitors() / 200));
    assertThat(report.conversions()).isEqualTo(truth.conversions());
    assertThat(report.botRequests())
        .isCloseTo(truth.botRequests(), within(truth.botRequests() / 200));
    assertThat(report.behaviourBotRequests())
        .isCloseTo(truth.disguisedBotRequests(), within(truth.disguisedBotRequests() / 100));
  }

  @Test
  void channelsMatchThePlantedLandings() {
    for (Channel c : Channel.values()) {
      long ours =
          report.daily().stream()
              .filter(
                  m -> m.dimension() == DailyMetric.Dimension.CHANNEL && m.key().equals(c.label()))
              .mapToLong(DailyMetric::sessions)
              .sum();
      assertThat(ours)
          .as(c.label())
          .isCloseTo(truth.sessions(c), within(1 + truth.sessions(c) / 100));
    }
  }

  private static String sha256(LogProfile profile) throws IOException {
    StringWriter out = new StringWriter();
    AccessLogGenerator.generate(profile, out);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(out.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
