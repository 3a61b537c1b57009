package org.brandpulse.ingest.metrics.plausible;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordingSleeper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fixture Plausible answering {@code POST /api/v2/query} with recorded payloads of {@code
 * shop.example.com} for 2026-03-01..03 (the 2nd without visits). All queries share one path, so a
 * test scripts the answers in the order the source sends its queries: totals, channels, entry
 * pages, sources, countries, goals.
 */
final class PlausibleFixture implements AutoCloseable {

  static final String KEY = "plausible-key-5ecret-Zx81";
  static final String PATH = "/api/v2/query";
  static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 3);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T06:00:00Z"), ZoneOffset.UTC);

  final FixtureHttpServer server = FixtureHttpServer.start();
  final RecordingSleeper fetchSleeper = new RecordingSleeper();
  final RecordingSleeper limitSleeper = new RecordingSleeper();

  /** Answers the queries in turn; the last answer repeats. */
  void script(FixtureResponse first, FixtureResponse... then) {
    server.on(PATH).method("POST").respond(first, then);
  }

  /** Scripts the six recorded answers. */
  void scriptAll() {
    FixtureResponse[] six = all();
    script(six[0], Arrays.copyOfRange(six, 1, 6));
  }

  static FixtureResponse fixture(String name) {
    return FixtureResponse.resource("metrics/plausible/" + name);
  }

  /** The six recorded answers in query order. */
  static FixtureResponse[] all() {
    return new FixtureResponse[] {
      fixture("totals.json"), fixture("channels.json"), fixture("entry-pages.json"),
      fixture("sources.json"), fixture("countries.json"), fixture("goals.json")
    };
  }

  /** A page of {@code resource}'s results from {@code from} (inclusive) to {@code to}. */
  static FixtureResponse page(String resource, int from, int to) {
    JsonNode root = PlausibleApi.MAPPER.readTree(fixture(resource).body());
    ObjectNode copy = ((ObjectNode) root).deepCopy();
    ArrayNode rows = copy.putArray("results");
    for (int i = from; i < to; i++) {
      rows.add(root.path("results").get(i));
    }
    return FixtureResponse.json(PlausibleApi.MAPPER.writeValueAsString(copy));
  }

  /** Options for this server with the test key. */
  PlausibleOptions options() {
    return PlausibleOptions.of("shop.example.com", KEY).withBaseUrl(server.baseUri());
  }

  PlausibleSource source(PlausibleOptions options, RateLimiter limiter) {
    HttpFetcher fetcher = new HttpFetcher(HttpOptions.DEFAULTS, fetchSleeper, CLOCK);
    return new PlausibleSource("plausible-shop", options, fetcher, limiter);
  }

  /** A source with Plausible's budget, whose waits {@link #limitSleeper} records. */
  PlausibleSource source(PlausibleOptions options) {
    return source(options, new RateLimiter(600, Duration.ofHours(1), CLOCK, limitSleeper));
  }

  PlausibleSource source() {
    return source(options());
  }

  /** The rows of {@code expected-values.tsv} under {@code dimension}, or all for null. */
  static List<String> golden(Dimension dimension) throws IOException {
    String path = "/metrics/plausible/expected-values.tsv";
    try (InputStream in = PlausibleFixture.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .filter(r -> dimension == null || r.contains("\t" + dimension.id() + "\t"))
          .toList();
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
