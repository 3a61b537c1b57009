package org.brandpulse.app.demo.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.brandpulse.ingest.metrics.accesslog.AccessLogReader;
import org.brandpulse.ingest.metrics.accesslog.Channel;
import org.brandpulse.ingest.metrics.accesslog.DailyMetric;
import org.brandpulse.ingest.metrics.accesslog.LogFormat;
import org.brandpulse.ingest.metrics.accesslog.Sessionizer;
import org.brandpulse.ingest.metrics.accesslog.TrafficClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    System.out.println("seed " + PROFILE.seed() + ", planted " + truth);
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

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Bengali percent-encoded path, GET /product/%E0%A6%9C%E0%A6%BE%E0%A6%AE%E0%A6%A6",
    "IPv6 client, '::'",
    "search query string, /search?q=",
    "paid click id, ?gclid=",
    "newsletter tag, utm_medium=email",
    "social referrer, \"https://l.facebook.com/\"",
    "internal referrer, \"https://www.bazarly.example/",
    "404, \" 404 ",
    "301, \" 301 ",
    "POST, \"POST /cart/add ",
    "goal page, GET /order/confirmation?order=BZ",
    "robots.txt, GET /robots.txt",
    "crawler, Googlebot/2.1",
    "HTTP tool, python-requests/",
    "TLS handshake on the HTTP port, \\x16\\x03"
  })
  void logHoldsTheKindsOfTrafficOfARealShop(String kind, String text) throws IOException {
    assertThat(lines()).as(kind).anyMatch(line -> line.contains(text));
  }

  @Test
  void linesAreSlightlyOutOfOrderAsWithSeveralWorkers() throws IOException {
    long[] state = {0, 0, 0};
    new AccessLogReader(LogFormat.COMBINED)
        .read(
            List.of(dir.resolve("access.log.gz")),
            r -> {
              long t = r.time().getEpochSecond();
              state[1] += t < state[0] ? 1 : 0;
              state[2] = Math.max(state[2], state[0] - t);
              state[0] = Math.max(state[0], t);
            });
    assertThat(state[1]).as("lines earlier than one before").isGreaterThan(100);
    assertThat(state[2]).as("largest step back, seconds").isBetween(1L, 10L);
  }

  private static List<String> lines() throws IOException {
    try (var in = new GZIPInputStream(Files.newInputStream(dir.resolve("access.log.gz")))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
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
