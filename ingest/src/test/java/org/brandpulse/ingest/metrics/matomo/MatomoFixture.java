package org.brandpulse.ingest.metrics.matomo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordingSleeper;

/**
 * A fixture Matomo at {@code /matomo/index.php} answering recorded payloads of site 3 for
 * 2026-03-01..03 (the 2nd without data), and helpers that turn a batch into comparable rows.
 */
final class MatomoFixture implements AutoCloseable {

  static final String TOKEN = "c0ffee5ecret0123456789abcdef";
  static final String PATH = "/matomo/index.php";
  static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 3);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T06:00:00Z"), ZoneOffset.UTC);

  final FixtureHttpServer server = FixtureHttpServer.start();
  final RecordingSleeper sleeper = new RecordingSleeper();

  MatomoFixture() {
    script("VisitsSummary.get", "visits-summary.json");
    script("Actions.get", "actions.json");
    script("Referrers.getReferrerType", "referrer-type.json");
    script("Actions.getEntryPageUrls", "entry-pages.json");
    script("Goals.get", "goals.json");
    script("Goals.getGoals", "goals-list.json");
    for (String goal : List.of("1", "2")) {
      server
          .on(PATH)
          .query("method", "Goals.get")
          .query("idGoal", goal)
          .respond(FixtureResponse.resource("metrics/matomo/goal-" + goal + ".json"));
    }
  }

  /** Answers calls of {@code method} with the fixture file; re-scripting replaces a route. */
  FixtureHttpServer.Route script(String method, String fixture) {
    return server
        .on(PATH)
        .query("method", method)
        .respond(FixtureResponse.resource("metrics/matomo/" + fixture));
  }

  MatomoSource source(MatomoOptions options) {
    return new MatomoSource(
        "matomo-shop", options, new HttpFetcher(HttpOptions.DEFAULTS, sleeper, CLOCK));
  }

  /** Site 3 on this server with the test token. */
  MatomoSource source() {
    return source(MatomoOptions.of(server.uri("/matomo/"), 3, TOKEN));
  }

  /** The rows of a golden file under {@code metrics/matomo/}, without its header. */
  static List<String> golden(String name) throws IOException {
    try (InputStream in = MatomoFixture.class.getResourceAsStream("/metrics/matomo/" + name)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.subList(1, lines.size());
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
