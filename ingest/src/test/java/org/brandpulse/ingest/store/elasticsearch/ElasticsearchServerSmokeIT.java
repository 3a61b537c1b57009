package org.brandpulse.ingest.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The harness starts a real single-node server that answers on its free port. */
class ElasticsearchServerSmokeIT {

  @Test
  void serverAnswersWithItsVersionAndIsHealthy() throws Exception {
    ElasticsearchServer server = ElasticsearchServer.shared();
    HttpClient http = HttpClient.newHttpClient();
    String nodes =
        http.send(
                HttpRequest.newBuilder(server.url().resolve("/_nodes/_local/settings")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(nodes)
        .contains("\"version\":\"9.2.0\"")
        .contains("\"cluster_name\":\"brandpulse-it\"");
    String health =
        http.send(
                HttpRequest.newBuilder(server.url().resolve("/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(health).containsPattern("\"status\":\"(green|yellow)\"");
    assertThat(ElasticsearchServer.shared()).isSameAs(server);
  }
}
