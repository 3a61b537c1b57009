package org.brandpulse.ingest.metrics.matomo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.brandpulse.ingest.metrics.MetricRows.rows;
import static org.brandpulse.ingest.metrics.matomo.MatomoFixture.FROM;
import static org.brandpulse.ingest.metrics.matomo.MatomoFixture.TO;
import static org.brandpulse.ingest.metrics.matomo.MatomoFixture.TOKEN;
import static org.brandpulse.ingest.metrics.matomo.MatomoFixture.golden;

import java.time.Duration;
import java.util.List;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a Matomo fetch sends, and how it fails: error payloads, retries, malformed JSON. */
class MatomoHttpTest {

  private final MatomoFixture fx = new MatomoFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void everyCallPostsTheTokenInTheFormBodyAndNeverInTheUrl() throws Exception {
    fx.source().fetch(FROM, TO);

    List<RecordedRequest> requests = fx.server.requests("/matomo/index.php");
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
  void anErrorAnsweredWithStatus200FailsNamingTheMethodAndMessage() {
    fx.script("VisitsSummary.get", "error-token.json");

    assertThatThrownBy(() -> fx.source().fetch(FROM, TO))
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
    fx.script("Actions.get", "actions.json")
        .respond(
            FixtureResponse.text("upstream timeout").withStatus(500),
            FixtureResponse.resource("metrics/matomo/actions.json"));
    fx.script("Goals.get", "goals.json")
        .respond(
            FixtureResponse.status(429).withHeader("Retry-After", "7"),
            FixtureResponse.resource("metrics/matomo/goals.json"));

    MetricsBatch batch = fx.source().fetch(FROM, TO);

    assertThat(rows(batch, Dimension.TOTAL)).contains("2026-03-03\ttotal\t\tpageviews\t1098");
    assertThat(fx.sleeper.waits()).hasSize(2).contains(Duration.ofSeconds(7));
  }

  @Test
  void truncatedJsonFailsTheFetchWithThePlace() {
    String cut = "{\"2026-03-01\": {\"nb_pageviews\": 1254, \"nb_uniq_pag";
    fx.script("Actions.get", "actions.json").respond(FixtureResponse.json(cut));

    assertThatThrownBy(() -> fx.source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("Actions.get at http://127.0.0.1:")
        .hasMessageContaining("answered malformed JSON at line 1")
        .hasMessageContaining("body starts: \"" + cut + "\"")
        .matches(e -> !((SourceException) e).isRetryable());
  }

  @Test
  void aRefusedRequestIsNotRetried() {
    fx.script("Referrers.getReferrerType", "referrer-type.json")
        .respond(FixtureResponse.text("Forbidden").withStatus(403));

    assertThatThrownBy(() -> fx.source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("Referrers.getReferrerType")
        .hasMessageContaining("HTTP 403")
        .matches(e -> !((SourceException) e).isRetryable());
    assertThat(fx.sleeper.waits()).isEmpty();
  }

  @Test
  void aConnectionCutMidBodyIsRetriedAndFailsRetryableWhenItKeepsHappening() throws Exception {
    byte[] body = FixtureResponse.resource("metrics/matomo/referrer-type.json").body();
    FixtureResponse cut = FixtureResponse.json(new String(body, UTF_8)).truncatedAt(200);
    fx.script("Referrers.getReferrerType", "referrer-type.json")
        .respond(cut, FixtureResponse.resource("metrics/matomo/referrer-type.json"));

    assertThat(rows(fx.source().fetch(FROM, TO), Dimension.CHANNEL))
        .containsExactlyElementsOf(
            golden("expected-values.tsv").stream().filter(r -> r.contains("\tchannel\t")).toList());
    assertThat(fx.sleeper.waits()).hasSize(1);

    fx.script("Referrers.getReferrerType", "referrer-type.json").respond(cut);
    assertThatThrownBy(() -> fx.source().fetch(FROM, TO))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("Referrers.getReferrerType at http://127.0.0.1:")
        .hasMessageContaining("failed after 4 attempt(s), no answer")
        .matches(e -> ((SourceException) e).isRetryable());
  }
}
