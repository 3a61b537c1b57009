package org.brandpulse.ingest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FixtureHttpServerTest {

  private final FixtureHttpServer server = FixtureHttpServer.start();
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    URI uri = server.uri(pathAndQuery);
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersTheScriptInOrderAndRepeatsTheLast() throws Exception {
    server.on("/p").respond(FixtureResponse.status(503), FixtureResponse.text("ঠিক আছে 👍"));
    assertThat(get("/p").statusCode()).isEqualTo(503);
    assertThat(get("/p").body()).isEqualTo("ঠিক আছে 👍");
    assertThat(get("/p").body()).isEqualTo("ঠিক আছে 👍");
  }

  @Test
  void theMostSpecificRouteWinsThenTheLatest() throws Exception {
    server.on("/s").respond(FixtureResponse.text("any"));
    server.on("/s").query("page", "2").respond(FixtureResponse.text("page 2"));
    assertThat(get("/s?page=2&q=x").body()).isEqualTo("page 2");
    assertThat(get("/s?page=3").body()).isEqualTo("any");
    server.on("/s").respond(FixtureResponse.text("rescripted"));
    assertThat(get("/s").body()).isEqualTo("rescripted");
  }

  @Test
  void recordsRequestsAndAnswers404ForUnknownPaths() throws Exception {
    HttpResponse<String> response = get("/nope?q=%E0%A6%95");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("no fixture for GET /nope?q=%E0%A6%95");
    RecordedRequest request = server.requests("/nope").get(0);
    assertThat(request.queryParam("q")).contains("ক");
  }

  @Test
  void servesClasspathResources() throws Exception {
    server.on("/r").respond(FixtureResponse.resource("testing/hello.json"));
    HttpResponse<String> response = get("/r");
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
    assertThat(response.body()).contains("নমস্কার");
  }
}
