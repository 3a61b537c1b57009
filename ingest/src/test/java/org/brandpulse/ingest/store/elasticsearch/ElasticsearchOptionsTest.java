package org.brandpulse.ingest.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ElasticsearchOptionsTest {

  private static final URI URL = URI.create("https://es.example.org:9200");

  @Test
  void toStringNeverShowsSecrets() {
    ElasticsearchOptions o =
        ElasticsearchOptions.of(URL).withBasicAuth("brandpulse", "s3cr3t-পাসওয়ার্ড");
    assertThat(o.toString()).contains("basic:brandpulse").doesNotContain("s3cr3t");
    assertThat(ElasticsearchOptions.of(URL).withApiKey("VnVhQ2ZH==").toString())
        .contains("api-key")
        .doesNotContain("VnVhQ2ZH");
  }

  @Test
  void presetsAndWithMethods() {
    ElasticsearchOptions o =
        ElasticsearchOptions.of(URL)
            .withIndexPrefix("acme_eu-1")
            .withShards(3, 2)
            .withCaCertificate(Path.of("/etc/brandpulse/ca.pem"));
    assertThat(o.indexPrefix()).isEqualTo("acme_eu-1");
    assertThat(o.shards()).isEqualTo(3);
    assertThat(o.replicas()).isEqualTo(2);
    assertThat(ElasticsearchOptions.of(URL).indexPrefix()).isEqualTo("brandpulse");
    assertThat(new IndexLayout(o).index(java.time.Instant.parse("2026-03-31T23:59:59Z")))
        .isEqualTo("acme_eu-1-posts-2026.03");
  }

  @Test
  void badValuesAreRejectedWithTheValue() {
    assertThatThrownBy(() -> ElasticsearchOptions.of(URI.create("ftp://es:21")))
        .hasMessageContaining("'ftp://es:21'");
    assertThatThrownBy(() -> ElasticsearchOptions.of(URL).withIndexPrefix("Brand Pulse"))
        .hasMessageContaining("'Brand Pulse'");
    assertThatThrownBy(() -> ElasticsearchOptions.of(URL).withBasicAuth("u", null))
        .hasMessageContaining("user 'u' needs a password");
    assertThatThrownBy(() -> ElasticsearchOptions.of(URL).withShards(0, 1))
        .hasMessageContaining("shards must be >= 1");
    assertThatThrownBy(ElasticsearchOptions::of).hasMessageContaining("at least one");
  }
}
