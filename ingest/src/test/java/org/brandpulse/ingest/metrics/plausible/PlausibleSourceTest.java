package org.brandpulse.ingest.metrics.plausible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.MetricValue;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordedRequest;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class PlausibleSourceTest {

  private static final String KEY = "plausible-key-5ecret-Zx81";
  private static final String PATH = "/api/v2/query";
  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 3);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T06:00:00Z"), ZoneOffset.UTC);
  private static final List<String> LANDING_PAGES =
      List.of(
          "2026-03-01 / visitors=190",
          "2026-03-01 / sessions=214",
          "2026-03-01 / pageviews=640",
          "2026-03-01 / bounces=92",
          "2026-03-01 /bn/অফার visitors=100",
          "2026-03-01 /bn/অফার sessions=110",
          "2026-03-01 /bn/অফার pageviews=331",
          "2026-03-01 /bn/অফার bounces=46",
          "2026-03-01 /ar/عروض visitors=40",
          "2026-03-01 /ar/عروض sessions=44",
          "2026-03-01 /ar/عروض pageviews=120",
          "2026-03-01 /ar/عروض bounces=21",
          "2026-03-01 /ja/セール visitors=30",
          "2026-03-01 /ja/セール sessions=31",
          "2026-03-01 /ja/セール pageviews=90",
          "2026-03-01 /ja/セール bounces=15",
          "2026-03-01 /blog/🎉-launch visitors=50",
          "2026-03-01 /blog/🎉-launch sessions=52",
          "2026-03-01 /blog/🎉-launch pageviews=101",
          "2026-03-01 /blog/🎉-launch bounces=20",
          "2026-03-03 /ar/عروض visitors=20",
          "2026-03-03 /ar/عروض sessions=22",
          "2026-03-03 /ar/عروض pageviews=60");

  private final RecordingSleeper fetchSleeper = new RecordingSleeper();
  private final RecordingSleeper limitSleeper = new RecordingSleeper();
  private FixtureHttpServer server;

  @BeforeEach
  void start() {
    server = FixtureHttpServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void script(FixtureResponse first, FixtureResponse... then) {
    server.on(PATH).method("POST").respond(first, then);
  }

  private static FixtureResponse fixture(String name) {
    return FixtureResponse.resource("metrics/plausible/" + name);
  }

  private static FixtureResponse[] allSix() {
    return new FixtureResponse[] {
      fixture("totals.json"), fixture("channels.json"), fixture("entry-pages.json"),
      fixture("sources.json"), fixture("countries.json"), fixture("goals.json")
    };
  }

  private PlausibleSource source(PlausibleOptions options, RateLimiter limiter) {
    HttpFetcher fetcher = new HttpFetcher(HttpOptions.DEFAULTS, fetchSleeper, CLOCK);
    return new PlausibleSource("plausible-shop", options, fetcher, limiter);
  }

  private PlausibleSource source(PlausibleOptions options) {
    return source(options, new RateLimiter(600, Duration.ofHours(1), CLOCK, limitSleeper));
  }

  private PlausibleSource source() {
    return source(PlausibleOptions.of("shop.example.com", KEY).withBaseUrl(server.baseUri()));
  }

  private MetricsBatch fetchAll() throws SourceException {
    FixtureResponse[] six = allSix();
    script(six[0], java.util.Arrays.copyOfRange(six, 1, 6));
    return source().fetch(FROM, TO);
  }

  /** The values of one dimension as {@code day key metric=value} lines, in batch order. */
  private static List<String> lines(MetricsBatch batch, Dimension dimension) {
    return batch.values().stream()
        .filter(v -> v.dimension() == dimension)
        .map(v -> line(v))
        .toList();
  }

  private static String line(MetricValue v) {
    String key = v.key().isEmpty() ? "" : " " + v.key();
    return String.format(Locale.ROOT, "%s%s %s=%.0f", v.day(), key, v.metric().id(), v.value());
  }

  /** A page of {@code resource}'s results from {@code from} (inclusive) to {@code to}. */
  private static FixtureResponse page(String resource, int from, int to) {
    JsonNode root = PlausibleApi.MAPPER.readTree(fixture(resource).body());
    ObjectNode copy = ((ObjectNode) root).deepCopy();
    ArrayNode rows = copy.putArray("results");
    for (int i = from; i < to; i++) {
      rows.add(root.path("results").get(i));
    }
    return FixtureResponse.json(PlausibleApi.MAPPER.writeValueAsString(copy));
  }

  @Test
  void totalsWithBouncesFromTheRateAndZerosForADayWithoutVisits() throws Exception {
    MetricsBatch batch = fetchAll();

    assertThat(lines(batch, Dimension.TOTAL))
        .containsExactly(
            "2026-03-01 visitors=412",
            "2026-03-01 sessions=468",
            "2026-03-01 pageviews=1254",
            "2026-03-01 bounces=201",
            "2026-03-01 conversions=22",
            "2026-03-02 visitors=0",
            "2026-03-02 sessions=0",
            "2026-03-02 pageviews=0",
            "2026-03-02 bounces=0",
            "2026-03-02 conversions=0",
            "2026-03-03 visitors=389",
            "2026-03-03 sessions=431",
            "2026-03-03 pageviews=1098",
            "2026-03-03 bounces=190",
            "2026-03-03 conversions=11");
  }

  @Test
  void breakdownsByChannelSourceCountryAndGoal() throws Exception {
    MetricsBatch batch = fetchAll();

    assertThat(lines(batch, Dimension.CHANNEL))
        .hasSize(24)
        .contains(
            "2026-03-01 Direct bounces=71", "2026-03-01 Organic Search bounces=80",
            "2026-03-01 Social visitors=61", "2026-03-01 Social bounces=33",
            "2026-03-01 Referral bounces=13", "2026-03-03 Paid Social sessions=10");
    assertThat(lines(batch, Dimension.SOURCE_MEDIUM))
        .contains(
            "2026-03-01 Google / Organic Search bounces=75",
            "2026-03-01 (direct) / (none) sessions=170",
            "2026-03-01 Facebook / Social bounces=22",
            "2026-03-01 prothomalo.com / Referral bounces=5",
            "2026-03-03 Google / Organic Search bounces=82");
    assertThat(lines(batch, Dimension.COUNTRY))
        .contains(
            "2026-03-01 Bangladesh bounces=122",
            "2026-03-01 Saudi Arabia bounces=30",
            "2026-03-01 Japan bounces=18",
            "2026-03-01 (not set) bounces=5",
            "2026-03-03 Bangladesh bounces=113");
    assertThat(lines(batch, Dimension.GOAL))
        .containsExactly(
            "2026-03-01 Newsletter signup conversions=15",
            "2026-03-01 অর্ডার সম্পন্ন ✅ conversions=7",
            "2026-03-03 Newsletter signup conversions=11");
  }

  @Test
  void landingPagesAreDecodedAndABadRowIsSkippedWithItsPlace() throws Exception {
    MetricsBatch batch = fetchAll();

    assertThat(lines(batch, Dimension.LANDING_PAGE)).containsExactlyElementsOf(LANDING_PAGES);
    SkippedRecord bad = batch.skipped().get(0);
    assertThat(batch.skipped()).hasSize(1);
    assertThat(bad.location()).endsWith("/api/v2/query (entry pages) row 6");
    assertThat(bad.reason()).isEqualTo("bounce_rate must be a number >= 0, got \"44.8\"");
    assertThat(bad.text())
        .isEqualTo("{\"dimensions\":[\"2026-03-03\",\"/\"],\"metrics\":[180,201,600,\"44.8\"]}");
  }

  @Test
  void everyQueryIsAnAuthorizedJsonPost() throws Exception {
    fetchAll();

    List<RecordedRequest> requests = server.requests(PATH);
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
  void bigBreakdownsArePagedAndACutIsReported() throws Exception {
    FixtureResponse empty = FixtureResponse.json("{\"results\":[],\"meta\":{},\"query\":{}}");
    script(
        fixture("totals.json"),
        empty,
        page("entry-pages.json", 0, 3),
        page("entry-pages.json", 3, 6),
        page("entry-pages.json", 6, 8),
        empty,
        empty);
    PlausibleOptions paged =
        PlausibleOptions.of("shop.example.com", KEY)
            .withBaseUrl(server.baseUri())
            .withGoals(false)
            .withPaging(3, 10);

    MetricsBatch batch = source(paged).fetch(FROM, TO);

    assertThat(lines(batch, Dimension.LANDING_PAGE)).containsExactlyElementsOf(LANDING_PAGES);
    assertThat(server.requests(PATH))
        .extracting(r -> PlausibleApi.MAPPER.readTree(r.bodyText()).path("pagination").toString())
        .containsExactly(
            "{\"limit\":3,\"offset\":0}",
            "{\"limit\":3,\"offset\":0}",
            "{\"limit\":3,\"offset\":0}",
            "{\"limit\":3,\"offset\":3}",
            "{\"limit\":3,\"offset\":6}",
            "{\"limit\":3,\"offset\":0}",
            "{\"limit\":3,\"offset\":0}");
    assertThat(lines(batch, Dimension.TOTAL)).doesNotContain("2026-03-01 conversions=0");
  }

  @Test
  void aBreakdownLongerThanMaxPagesIsCutAndReported() throws Exception {
    FixtureResponse empty = FixtureResponse.json("{\"results\":[]}");
    script(fixture("totals.json"), empty, page("entry-pages.json", 0, 3), empty, empty);
    PlausibleOptions cut =
        PlausibleOptions.of("shop.example.com", KEY)
            .withBaseUrl(server.baseUri())
            .withGoals(false)
            .withPaging(3, 1);

    MetricsBatch batch = source(cut).fetch(FROM, TO);

    assertThat(batch.skipped())
        .singleElement()
        .extracting(SkippedRecord::reason)
        .isEqualTo(
            "stopped after maxPages=1 pages of 3 rows; later rows of this breakdown were not"
                + " imported");
    assertThat(lines(batch, Dimension.LANDING_PAGE)).isEqualTo(LANDING_PAGES.subList(0, 8));
  }

  @Test
  void theClientSideLimitSpacesRequestsOutWithoutAServer429() throws Exception {
    FixtureResponse[] six = allSix();
    script(six[0], java.util.Arrays.copyOfRange(six, 1, 6));
    RateLimiter twoPerHour = new RateLimiter(2, Duration.ofHours(1), CLOCK, limitSleeper);

    source(PlausibleOptions.of("shop.example.com", KEY).withBaseUrl(server.baseUri()), twoPerHour)
        .fetch(FROM, TO);

    assertThat(limitSleeper.waits())
        .containsExactly(
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(2));
    assertThat(fetchSleeper.waits()).isEmpty();
  }

  @Test
  void a429WithRetryAfterAndA500AreRetriedThenSucceed() throws Exception {
    FixtureResponse[] six = allSix();
    script(
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

    MetricsBatch batch = source().fetch(FROM, TO);

    assertThat(fetchSleeper.waits()).hasSize(2).startsWith(Duration.ofSeconds(30));
    assertThat(server.requests(PATH)).hasSize(8);
    assertThat(lines(batch, Dimension.LANDING_PAGE)).containsExactlyElementsOf(LANDING_PAGES);
  }

  @Test
  void aRefusedKeyFailsWithPlausiblesMessage() {
    script(fixture("error-401.json").withStatus(401));

    assertThatThrownBy(() -> source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("plausible source 'plausible-shop': POST http://127.0.0.1:")
        .hasMessageEndingWith(
            "/api/v2/query (totals) failed: HTTP 401: Invalid API key or site ID. Please make sure"
                + " you're using a valid API key with access to the site you've requested.")
        .hasMessageNotContaining(KEY)
        .matches(e -> !((SourceException) e).isRetryable());
    assertThat(fetchSleeper.waits()).isEmpty();
  }

  @Test
  void aRejectedQueryNamesTheBreakdown() {
    script(
        fixture("totals.json"),
        FixtureResponse.json(
                "{\"error\":\"#/dimensions/1: Invalid dimension \\\"visit:chanel\\\"\"}")
            .withStatus(400));

    assertThatThrownBy(() -> source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageEndingWith(
            "(channels) failed: HTTP 400: #/dimensions/1: Invalid dimension \"visit:chanel\"")
        .matches(e -> !((SourceException) e).isRetryable());
  }

  @Test
  void truncatedJsonFailsTheFetch() {
    script(FixtureResponse.json("{\"results\":[{\"metrics\":[412,468,12"));

    assertThatThrownBy(() -> source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("(totals) answered malformed JSON: ")
        .hasMessageEndingWith("body starts: \"{\"results\":[{\"metrics\":[412,468,12\"")
        .matches(e -> !((SourceException) e).isRetryable());
  }

  @Test
  void optionsCheckTheirInputAndHideTheKey() {
    PlausibleOptions options = PlausibleOptions.of(" shop.example.com ", KEY);

    assertThat(options.siteId()).isEqualTo("shop.example.com");
    assertThat(options.endpoint()).hasToString("https://plausible.io/api/v2/query");
    assertThat(options.toString()).contains("apiKey=***").doesNotContain(KEY);
    assertThatThrownBy(() -> PlausibleOptions.of("shop.example.com", ""))
        .hasMessage("Plausible needs an API key for site shop.example.com");
    assertThatThrownBy(() -> options.withPaging(10_001, 1))
        .hasMessage("pageSize must be 1..10000, was 10001");
  }
}
