package org.brandpulse.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.testing.FixtureHttpServer;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC);
  private static final String BENGALI = "{\"text\":\"দারুণ পরিষেবা 🎉👍🏽\"}";

  private final FixtureHttpServer server = FixtureHttpServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final HttpFetcher fetcher =
      new HttpFetcher(
          HttpOptions.DEFAULTS
              .withMaxAttempts(3)
              .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1))
              .withRequestTimeout(Duration.ofSeconds(5)),
          sleeper,
          CLOCK);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void getReturnsStatusHeadersAndUtf8Body() throws Exception {
    server.on("/a").respond(FixtureResponse.json(BENGALI).withHeader("ETag", "\"v1\""));
    FetchResponse response = fetcher.get(server.uri("/a"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("etag")).contains("\"v1\"");
    assertThat(response.text()).isEqualTo(BENGALI);
    assertThat(server.requests().get(0).header("User-Agent"))
        .hasValueSatisfying(ua -> assertThat(ua).startsWith("Brandpulse/"));
  }

  @Test
  void postsJsonWithBearerTokenAndHeaders() throws Exception {
    server.on("/xrpc").method("POST").respond(FixtureResponse.json("{}"));
    fetcher.fetch(
        FetchRequest.postJson(server.uri("/xrpc"), BENGALI)
            .withBearerToken("s3cr3t")
            .withHeader("X-Trace", "1"));
    var request = server.requests("/xrpc").get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.bodyText()).isEqualTo(BENGALI);
    assertThat(request.header("Authorization")).contains("Bearer s3cr3t");
    assertThat(request.header("X-Trace")).contains("1");
    assertThat(request.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
  }

  @Test
  void decodesGzip() throws Exception {
    server.on("/z").respond(FixtureResponse.json(BENGALI).gzipped());
    assertThat(fetcher.get(server.uri("/z")).text()).isEqualTo(BENGALI);
    assertThat(server.requests().get(0).header("Accept-Encoding")).contains("gzip");
  }

  @Test
  void honoursRetryAfterSecondsOn429() throws Exception {
    server
        .on("/r")
        .respond(
            FixtureResponse.status(429).withHeader("Retry-After", "7"), FixtureResponse.json("[]"));
    assertThat(fetcher.get(server.uri("/r")).status()).isEqualTo(200);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void honoursRetryAfterHttpDateAgainstTheClock() throws Exception {
    server
        .on("/r")
        .respond(
            FixtureResponse.status(429).withHeader("Retry-After", "Tue, 01 Sep 2026 10:00:42 GMT"),
            FixtureResponse.json("[]"));
    fetcher.get(server.uri("/r"));
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(42));
  }

  @Test
  void retryAfterBeyondTheCapFailsAtOnceButRetryable() {
    server.on("/r").respond(FixtureResponse.status(429).withHeader("Retry-After", "3600"));
    assertThatThrownBy(() -> fetcher.get(server.uri("/r")))
        .isInstanceOfSatisfying(
            HttpStatusException.class,
            e -> {
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.retryAfter()).contains(Duration.ofHours(1));
            })
        .hasMessageContaining("exceeds maxRetryAfter");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void retries5xxWithBackoffThenSucceeds() throws Exception {
    server
        .on("/s")
        .respond(
            FixtureResponse.status(503), FixtureResponse.status(502), FixtureResponse.json("[1]"));
    assertThat(fetcher.get(server.uri("/s")).text()).isEqualTo("[1]");
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void honoursRetryAfterOn503() throws Exception {
    server
        .on("/m")
        .respond(
            FixtureResponse.status(503).withHeader("Retry-After", "30"),
            FixtureResponse.json("{}"));
    fetcher.get(server.uri("/m"));
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void exhausted5xxIsRetryableAndNamesUrlStatusAndBody() {
    server
        .on("/s")
        .respond(FixtureResponse.text("upstream down — আবার চেষ্টা করুন").withStatus(503));
    assertThatThrownBy(() -> fetcher.get(server.uri("/s?q=acme&access_token=abc123")))
        .isInstanceOfSatisfying(
            HttpStatusException.class, e -> assertThat(e.isRetryable()).isTrue())
        .hasMessageContaining("GET " + server.uri("/s?q=acme&access_token=***"))
        .hasMessageContaining("HTTP 503 after 3 attempt(s)")
        .hasMessageContaining("upstream down — আবার চেষ্টা করুন")
        .hasMessageNotContaining("abc123");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void notFoundIsNotRetried() {
    server.on("/n").respond(FixtureResponse.text("no such tag").withStatus(404));
    assertThatThrownBy(() -> fetcher.get(server.uri("/n")))
        .isInstanceOfSatisfying(
            HttpStatusException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.clippedBody()).isEqualTo("no such tag");
            });
    assertThat(server.requests()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void bodyOverTheCapFailsWithoutRetry() {
    HttpFetcher small =
        new HttpFetcher(HttpOptions.DEFAULTS.withMaxBodyBytes(1000), sleeper, CLOCK);
    server.on("/big").respond(FixtureResponse.text("x".repeat(5000)));
    assertThatThrownBy(() -> small.get(server.uri("/big")))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isRetryable()).isFalse())
        .hasMessageContaining("exceeds maxBodyBytes=1000");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void gzipBombOverTheCapFails() {
    HttpFetcher small =
        new HttpFetcher(HttpOptions.DEFAULTS.withMaxBodyBytes(10_000), sleeper, CLOCK);
    server.on("/bomb").respond(FixtureResponse.text("a".repeat(1_000_000)).gzipped());
    assertThatThrownBy(() -> small.get(server.uri("/bomb")))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("exceeds maxBodyBytes=10000");
  }

  @Test
  void truncatedBodyIsRetriedThenFailsAsNeverArrived() {
    server.on("/t").respond(FixtureResponse.text("0123456789".repeat(100)).truncatedAt(300));
    assertThatThrownBy(() -> fetcher.get(server.uri("/t")))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isRetryable()).isTrue())
        .isNotInstanceOf(HttpStatusException.class)
        .hasMessageContaining("failed after 3 attempt(s), no answer");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void truncatedOnceThenComplete() throws Exception {
    String body = "🎉".repeat(300);
    server
        .on("/t")
        .respond(FixtureResponse.text(body).truncatedAt(101), FixtureResponse.text(body));
    assertThat(fetcher.get(server.uri("/t")).text()).isEqualTo(body);
  }

  @Test
  void slowBodyPastTheRequestTimeoutFails() {
    HttpFetcher impatient =
        new HttpFetcher(
            HttpOptions.DEFAULTS.withMaxAttempts(1).withRequestTimeout(Duration.ofMillis(300)),
            sleeper,
            CLOCK);
    server
        .on("/slow")
        .respond(FixtureResponse.text("x".repeat(100)).withSlowBody(Duration.ofSeconds(3)));
    assertThatThrownBy(() -> impatient.get(server.uri("/slow")))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isRetryable()).isTrue())
        .hasMessageContaining("requestTimeout");
  }

  @Test
  void notModifiedIsASuccess() throws Exception {
    server.on("/feed").respond(FixtureResponse.status(304));
    FetchResponse response = fetcher.get(server.uri("/feed"), Map.of("If-None-Match", "\"v1\""));
    assertThat(response.notModified()).isTrue();
    assertThat(server.requests().get(0).header("If-None-Match")).contains("\"v1\"");
  }

  @Test
  void masksSecretsButNotKeywords() {
    assertThat(
            Redaction.maskUrl(
                java.net.URI.create("https://u:p@x.example/a?keywords=acme&api_key=k&token=t")))
        .isEqualTo("https://***@x.example/a?keywords=acme&api_key=***&token=***");
  }

  @Test
  void bearerTokenNeverAppearsInToString() {
    FetchRequest request =
        FetchRequest.get(java.net.URI.create("https://x.example/")).withBearerToken("s3cr3t");
    assertThat(request.toString()).doesNotContain("s3cr3t");
  }
}
