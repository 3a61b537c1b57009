package org.brandpulse.ingest.metrics.plausible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.brandpulse.ingest.metrics.MetricRows.rows;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.CLOCK;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.FROM;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.KEY;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.PATH;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.TO;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.fixture;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.golden;

import java.time.Duration;
import java.util.List;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a Plausible fetch sends, its rate limit, and how it fails: 401, 400, 429, 5xx, malformed
 * JSON.
 */
class PlausibleHttpTest {

  private final PlausibleFixture fx = new PlausibleFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  private MetricsBatch fetchAll() throws SourceException {
    fx.scriptAll();
    return fx.source().fetch(FROM, TO);
  }

  @Test
  void everyQueryIsAnAuthorizedJsonPost() throws Exception {
    fetchAll();

    List<RecordedRequest> requests = fx.server.requests(PATH);
    assertThat(requests).hasSize(6);
    assertThat(requests)
        .allSatisfy(
            r -> {
              assertThat(r.method()).isEqualTo("POST");
              assertThat(r.header("Authorization")).contains("Bearer " + KEY);
              assertThat(r.header("Content-Type")).contains("application/json; charset=utf-8");
              assertThat(r.bodyText()).doesNotContain(KEY);
            });
    assertThat(requests.get(0).bodyText())
        .isEqualTo(
            "{\"site_id\":\"shop.example.com\",\"metrics\":[\"visitors\",\"visits\",\"pageviews\","
                + "\"bounce_rate\"],\"date_range\":[\"2026-03-01\",\"2026-03-03\"],"
                + "\"dimensions\":[\"time:day\"],\"order_by\":[[\"time:day\",\"asc\"]],"
                + "\"pagination\":{\"limit\":10000,\"offset\":0}}");
    assertThat(requests)
        .extracting(r -> PlausibleApi.MAPPER.readTree(r.bodyText()).path("dimensions").toString())
        .containsExactly(
            "[\"time:day\"]",
            "[\"time:day\",\"visit:channel\"]",
            "[\"time:day\",\"visit:entry_page\"]",
            "[\"time:day\",\"visit:source\",\"visit:channel\"]",
            "[\"time:day\",\"visit:country_name\"]",
            "[\"time:day\",\"event:goal\"]");
    assertThat(requests.get(5).bodyText()).contains("\"metrics\":[\"visitors\"]");
  }

  @Test
  void theClientSideLimitSpacesRequestsOutWithoutAServer429() throws Exception {
    FixtureResponse[] six = PlausibleFixture.all();
    fx.script(six[0], java.util.Arrays.copyOfRange(six, 1, 6));
    RateLimiter twoPerHour = new RateLimiter(2, Duration.ofHours(1), CLOCK, fx.limitSleeper);

    fx.source(
            PlausibleOptions.of("shop.example.com", KEY).withBaseUrl(fx.server.baseUri()),
            twoPerHour)
        .fetch(FROM, TO);

    assertThat(fx.limitSleeper.waits())
        .containsExactly(
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(2));
    assertThat(fx.fetchSleeper.waits()).isEmpty();
  }

  @Test
  void a429WithRetryAfterAndA500AreRetriedThenSucceed() throws Exception {
    FixtureResponse[] six = PlausibleFixture.all();
    fx.script(
        FixtureResponse.json("{\"error\":\"Too many API requests\"}")
            .withStatus(429)
            .withHeader("Retry-After", "30"),
        six[0],
        six[1],
        FixtureResponse.text("Bad gateway").withStatus(502),
        six[2],
        six[3],
        six[4],
        six[5]);

    MetricsBatch batch = fx.source().fetch(FROM, TO);

    assertThat(fx.fetchSleeper.waits()).hasSize(2).startsWith(Duration.ofSeconds(30));
    assertThat(fx.server.requests(PATH)).hasSize(8);
    assertThat(rows(batch, Dimension.LANDING_PAGE)).isEqualTo(golden(Dimension.LANDING_PAGE));
  }

  @Test
  void aRefusedKeyFailsWithPlausiblesMessage() {
    fx.script(fixture("error-401.json").withStatus(401));

    assertThatThrownBy(() -> fx.source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("plausible source 'plausible-shop': POST http://127.0.0.1:")
        .hasMessageEndingWith(
            "/api/v2/query (totals) failed: HTTP 401: Invalid API key or site ID. Please make sure"
                + " you're using a valid API key with access to the site you've requested.")
        .hasMessageNotContaining(KEY)
        .matches(e -> !((SourceException) e).isRetryable());
    assertThat(fx.fetchSleeper.waits()).isEmpty();
  }

  @Test
  void aRejectedQueryNamesTheBreakdown() {
    fx.script(
        fixture("totals.json"),
        FixtureResponse.json(
                "{\"error\":\"#/dimensions/1: Invalid dimension \\\"visit:chanel\\\"\"}")
            .withStatus(400));

    assertThatThrownBy(() -> fx.source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageEndingWith(
            "(channels) failed: HTTP 400: #/dimensions/1: Invalid dimension \"visit:chanel\"")
        .matches(e -> !((SourceException) e).isRetryable());
  }

  @Test
  void truncatedJsonFailsTheFetch() {
    fx.script(FixtureResponse.json("{\"results\":[{\"metrics\":[412,468,12"));

    assertThatThrownBy(() -> fx.source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("(totals) answered malformed JSON: ")
        .hasMessageEndingWith("body starts: \"{\"results\":[{\"metrics\":[412,468,12\"")
        .matches(e -> !((SourceException) e).isRetryable());
  }

  @Test
  void aRetryAfterLongerThanTheFetcherWaitsFailsRetryableNamingTheQuery() {
    fx.script(
        FixtureResponse.json("{\"error\":\"Too many API requests\"}")
            .withStatus(429)
            .withHeader("Retry-After", "3600"));

    assertThatThrownBy(() -> fx.source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("(totals) failed: HTTP 429: Too many API requests")
        .matches(e -> ((SourceException) e).isRetryable());
    assertThat(fx.fetchSleeper.waits()).isEmpty();
  }
}
