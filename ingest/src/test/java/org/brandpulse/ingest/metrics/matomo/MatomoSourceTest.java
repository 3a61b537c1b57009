package org.brandpulse.ingest.metrics.matomo;

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

class MatomoSourceTest {

  private static final String TOKEN = "c0ffee5ecret0123456789abcdef";
  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 3);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T06:00:00Z"), ZoneOffset.UTC);

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private FixtureHttpServer server;

  @BeforeEach
  void start() {
    server = FixtureHttpServer.start();
    script("VisitsSummary.get", "visits-summary.json");
    script("Actions.get", "actions.json");
    script("Referrers.getReferrerType", "referrer-type.json");
    script("Actions.getEntryPageUrls", "entry-pages.json");
    script("Goals.get", "goals.json");
    script("Goals.getGoals", "goals-list.json");
    server
        .on("/matomo/index.php")
        .query("method", "Goals.get")
        .query("idGoal", "1")
        .respond(FixtureResponse.resource("metrics/matomo/goal-1.json"));
    server
        .on("/matomo/index.php")
        .query("method", "Goals.get")
        .query("idGoal", "2")
        .respond(FixtureResponse.resource("metrics/matomo/goal-2.json"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FixtureHttpServer.Route script(String method, String fixture) {
    return server
        .on("/matomo/index.php")
        .query("method", method)
        .respond(FixtureResponse.resource("metrics/matomo/" + fixture));
  }

  private MatomoSource source(MatomoOptions options) {
    return new MatomoSource(
        "matomo-shop", options, new HttpFetcher(HttpOptions.DEFAULTS, sleeper, CLOCK));
  }

  private MatomoSource source() {
    return source(MatomoOptions.of(server.uri("/matomo/"), 3, TOKEN));
  }

  /** The values of one dimension as {@code day key metric=value} lines, in batch order. */
  static List<String> lines(MetricsBatch batch, Dimension dimension) {
    return batch.values().stream()
        .filter(v -> v.dimension() == dimension)
        .map(MatomoSourceTest::line)
        .toList();
  }

  private static String line(MetricValue v) {
    String key = v.key().isEmpty() ? "" : " " + v.key();
    return String.format(Locale.ROOT, "%s%s %s=%.0f", v.day(), key, v.metric().id(), v.value());
  }

  @Test
  void totalsOfAMultiDayRangeWithAnEmptyDayAsZeros() throws Exception {
    MetricsBatch batch = source().fetch(FROM, TO);

    assertThat(batch.source()).isEqualTo("matomo-shop");
    assertThat(lines(batch, Dimension.TOTAL))
        .containsExactly(
            "2026-03-01 visitors=412",
            "2026-03-01 sessions=468",
            "2026-03-01 bounces=201",
            "2026-03-02 visitors=0",
            "2026-03-02 sessions=0",
            "2026-03-02 bounces=0",
            "2026-03-03 visitors=389",
            "2026-03-03 sessions=431",
            "2026-03-03 bounces=190",
            "2026-03-01 pageviews=1254",
            "2026-03-02 pageviews=0",
            "2026-03-03 pageviews=1098",
            "2026-03-01 conversions=23",
            "2026-03-02 conversions=0",
            "2026-03-03 conversions=18");
  }

  @Test
  void referrerTypesBecomeChannelsBySegmentThenLabel() throws Exception {
    MetricsBatch batch = source().fetch(FROM, TO);

    assertThat(lines(batch, Dimension.CHANNEL))
        .startsWith(
            "2026-03-01 Direct visitors=151",
            "2026-03-01 Direct sessions=170",
            "2026-03-01 Direct bounces=71",
            "2026-03-01 Direct conversions=10",
            "2026-03-01 Organic Search visitors=160")
        .contains(
            "2026-03-01 Social sessions=70", "2026-03-01 Referral sessions=35",
            "2026-03-01 Campaign sessions=12", "2026-03-03 Direct sessions=158",
            "2026-03-03 AI Assistants sessions=10", "2026-03-03 Réseaux sociaux sessions=73")
        .noneMatch(line -> line.startsWith("2026-03-03 Referral"))
        .hasSize(4 * 4 + 3 + 4 * 3);
    assertThat(batch.skipped())
        .extracting(SkippedRecord::reason)
        .contains("Referrers.getReferrerType: nb_visits is not a number: 'n/a'");
  }

  @Test
  void landingPagesAreDecodedPathsWithQueryVariantsMerged() throws Exception {
    MetricsBatch batch = source().fetch(FROM, TO);

    assertThat(lines(batch, Dimension.LANDING_PAGE))
        .containsExactly(
            "2026-03-01 / visitors=190",
            "2026-03-01 / sessions=214",
            "2026-03-01 / bounces=92",
            "2026-03-01 /bn/অফার visitors=100",
            "2026-03-01 /bn/অফার sessions=110",
            "2026-03-01 /bn/অফার bounces=46",
            "2026-03-01 /ar/عروض visitors=40",
            "2026-03-01 /ar/عروض sessions=44",
            "2026-03-01 /ar/عروض bounces=21",
            "2026-03-01 /ja/セール visitors=30",
            "2026-03-01 /ja/セール sessions=31",
            "2026-03-01 /ja/セール bounces=15",
            "2026-03-01 /blog/🎉-launch visitors=50",
            "2026-03-01 /blog/🎉-launch sessions=52",
            "2026-03-01 /blog/🎉-launch bounces=20",
            "2026-03-01 Others visitors=15",
            "2026-03-01 Others sessions=17",
            "2026-03-01 Others bounces=7",
            "2026-03-03 / visitors=180",
            "2026-03-03 / sessions=201",
            "2026-03-03 / bounces=90");
    SkippedRecord negative = batch.skipped().get(1);
    assertThat(negative.location())
        .endsWith(
            "method=Actions.getEntryPageUrls&idSite=3&period=day&date=2026-03-01,2026-03-03"
                + "&filter_limit=10000&flat=1 [2026-03-03][1]");
    assertThat(negative.reason())
        .isEqualTo(
            "Actions.getEntryPageUrls: entry_nb_uniq_visitors must be a finite count >= 0,"
                + " got -3.0");
    assertThat(negative.text()).contains("/bn/অফার");
  }

  @Test
  void conversionsPerGoalAddUpToTheTotal() throws Exception {
    MetricsBatch batch = source().fetch(FROM, TO);

    assertThat(lines(batch, Dimension.GOAL))
        .containsExactly(
            "2026-03-01 Newsletter signup conversions=15",
            "2026-03-02 Newsletter signup conversions=0",
            "2026-03-03 Newsletter signup conversions=11",
            "2026-03-01 অর্ডার সম্পন্ন ✅ conversions=8",
            "2026-03-02 অর্ডার সম্পন্ন ✅ conversions=0",
            "2026-03-03 অর্ডার সম্পন্ন ✅ conversions=7");
  }

  @Test
  void everyCallPostsTheTokenInTheFormBodyAndNeverInTheUrl() throws Exception {
    source().fetch(FROM, TO);

    List<RecordedRequest> requests = server.requests("/matomo/index.php");
    assertThat(requests)
        .extracting(r -> r.queryParam("method").orElseThrow())
        .containsExactly(
            "VisitsSummary.get",
            "Actions.get",
            "Referrers.getReferrerType",
            "Actions.getEntryPageUrls",
            "Goals.get",
            "Goals.getGoals",
            "Goals.get",
            "Goals.get");
    assertThat(requests)
        .allSatisfy(
            r -> {
              assertThat(r.method()).isEqualTo("POST");
              assertThat(r.bodyText()).isEqualTo("token_auth=" + TOKEN);
              assertThat(r.header("Content-Type"))
                  .contains("application/x-www-form-urlencoded; charset=utf-8");
              assertThat(r.query()).doesNotContain(TOKEN);
              assertThat(r.queryParam("module")).contains("API");
              assertThat(r.queryParam("format")).contains("JSON");
              assertThat(r.queryParam("idSite")).contains("3");
              assertThat(r.queryParam("period")).contains("day");
              assertThat(r.queryParam("date")).contains("2026-03-01,2026-03-03");
            });
    assertThat(requests.get(3).queryParam("flat")).contains("1");
    assertThat(requests.get(7).queryParam("idGoal")).contains("2");
  }

  @Test
  void perGoalOffSkipsTheGoalList() throws Exception {
    MetricsBatch batch =
        source(MatomoOptions.of(server.uri("/matomo"), 3, TOKEN).withPerGoal(false))
            .fetch(FROM, FROM);

    assertThat(lines(batch, Dimension.GOAL)).isEmpty();
    assertThat(server.requests()).hasSize(5);
    assertThat(lines(batch, Dimension.TOTAL)).contains("2026-03-01 conversions=23");
    assertThat(batch.skipped())
        .extracting(SkippedRecord::reason)
        .allMatch(reason -> reason.startsWith("day outside the asked 2026-03-01..2026-03-01"));
  }

  @Test
  void anErrorAnsweredWithStatus200FailsNamingTheMethodAndMessage() {
    script("VisitsSummary.get", "error-token.json");

    assertThatThrownBy(() -> source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("matomo source 'matomo-shop': VisitsSummary.get at http://127.0.0.1:")
        .hasMessageEndingWith(
            " answered an error: You can't access this resource as it requires 'view' access for"
                + " the website id = 3.")
        .hasMessageNotContaining(TOKEN)
        .matches(e -> !((SourceException) e).isRetryable());
  }

  @Test
  void a500ThenSuccessAndA429WithRetryAfterAreRetried() throws Exception {
    script("Actions.get", "actions.json")
        .respond(
            FixtureResponse.text("upstream timeout").withStatus(500),
            FixtureResponse.resource("metrics/matomo/actions.json"));
    script("Goals.get", "goals.json")
        .respond(
            FixtureResponse.status(429).withHeader("Retry-After", "7"),
            FixtureResponse.resource("metrics/matomo/goals.json"));

    MetricsBatch batch = source().fetch(FROM, TO);

    assertThat(lines(batch, Dimension.TOTAL)).contains("2026-03-03 pageviews=1098");
    assertThat(sleeper.waits()).hasSize(2).contains(Duration.ofSeconds(7));
  }

  @Test
  void truncatedJsonFailsTheFetchWithThePlace() {
    String cut = "{\"2026-03-01\": {\"nb_pageviews\": 1254, \"nb_uniq_pag";
    script("Actions.get", "actions.json").respond(FixtureResponse.json(cut));

    assertThatThrownBy(() -> source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("Actions.get at http://127.0.0.1:")
        .hasMessageContaining("answered malformed JSON at line 1")
        .hasMessageContaining("body starts: \"" + cut + "\"")
        .matches(e -> !((SourceException) e).isRetryable());
  }

  @Test
  void aRefusedRequestIsNotRetried() {
    script("Referrers.getReferrerType", "referrer-type.json")
        .respond(FixtureResponse.text("Forbidden").withStatus(403));

    assertThatThrownBy(() -> source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("Referrers.getReferrerType")
        .hasMessageContaining("HTTP 403")
        .matches(e -> !((SourceException) e).isRetryable());
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void optionsCheckTheirInputAndHideTheToken() {
    MatomoOptions options =
        MatomoOptions.of(java.net.URI.create("https://stats.example.org"), 3, TOKEN);

    assertThat(options.endpoint()).hasToString("https://stats.example.org/index.php");
    assertThat(options.toString()).doesNotContain(TOKEN).contains("token=***");
    assertThatThrownBy(() -> MatomoOptions.of(options.baseUrl(), 3, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token_auth");
    assertThatThrownBy(() -> options.withRowLimit(0))
        .hasMessageContaining("rowLimit must be >= 1 or -1");
  }
}
