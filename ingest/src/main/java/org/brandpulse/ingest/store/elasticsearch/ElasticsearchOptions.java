package org.brandpulse.ingest.store.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the cluster and lay out the indices. Credentials are values, not variable names: the
 * caller reads them from the environment. {@link #toString()} never shows them.
 *
 * @param urls one or more node URLs ({@code http} or {@code https}); requests are spread over them
 * @param apiKey an encoded API key ({@code Authorization: ApiKey ...}), or null
 * @param username basic-auth user (exclusive with {@code apiKey}), or null
 * @param password basic-auth password, required with {@code username}
 * @param caCertificate a PEM file with the CA that signed the cluster's HTTPS certificate, or null
 *     to trust the JVM's default CAs
 * @param indexPrefix prefix of every name: template and alias {@code <prefix>-posts}, monthly
 *     indices {@code <prefix>-posts-yyyy.MM}; lower case letters, digits, {@code -} and {@code _}
 * @param shards primary shards per monthly index (1 up to tens of millions of posts a month)
 * @param replicas replica copies per shard (0 on a single node, 1 or more in production)
 */
public record ElasticsearchOptions(
    List<URI> urls,
    String apiKey,
    String username,
    String password,
    Path caCertificate,
    String indexPrefix,
    int shards,
    int replicas) {

  private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");

  public ElasticsearchOptions {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("at least one Elasticsearch URL is needed");
    }
    for (URI url : urls) {
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
        throw new IllegalArgumentException(
            "Elasticsearch URL must be http(s)://host[:port], was '" + url + "'");
      }
    }
    if (apiKey != null && apiKey.isBlank()) {
      apiKey = null;
    }
    if (username != null && username.isBlank()) {
      username = null;
    }
    if (apiKey != null && username != null) {
      throw new IllegalArgumentException("give an API key or a username and password, not both");
    }
    if (username != null && password == null) {
      throw new IllegalArgumentException("user '" + username + "' needs a password");
    }
    Objects.requireNonNull(indexPrefix, "indexPrefix");
    if (!PREFIX.matcher(indexPrefix).matches()) {
      throw new IllegalArgumentException(
          "index prefix must be lower case letters, digits, '-' or '_', was '" + indexPrefix + "'");
    }
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException(
          "shards must be >= 1 and replicas >= 0, were " + shards + " and " + replicas);
    }
  }

  /** No credentials, no custom CA, prefix {@code brandpulse}, 1 shard and 1 replica. */
  public static ElasticsearchOptions of(URI... urls) {
    return new ElasticsearchOptions(List.of(urls), null, null, null, null, "brandpulse", 1, 1);
  }

  public ElasticsearchOptions withApiKey(String newApiKey) {
    return new ElasticsearchOptions(
        urls, newApiKey, null, null, caCertificate, indexPrefix, shards, replicas);
  }

  public ElasticsearchOptions withBasicAuth(String newUsername, String newPassword) {
    return new ElasticsearchOptions(
        urls, null, newUsername, newPassword, caCertificate, indexPrefix, shards, replicas);
  }

  public ElasticsearchOptions withCaCertificate(Path newCaCertificate) {
    return new ElasticsearchOptions(
        urls, apiKey, username, password, newCaCertificate, indexPrefix, shards, replicas);
  }

  public ElasticsearchOptions withIndexPrefix(String newIndexPrefix) {
    return new ElasticsearchOptions(
        urls, apiKey, username, password, caCertificate, newIndexPrefix, shards, replicas);
  }

  public ElasticsearchOptions withShards(int newShards, int newReplicas) {
    return new ElasticsearchOptions(
        urls, apiKey, username, password, caCertificate, indexPrefix, newShards, newReplicas);
  }

  /** Everything but the secrets. */
  @Override
  public String toString() {
    String auth = apiKey != null ? "api-key" : username != null ? "basic:" + username : "none";
    return "ElasticsearchOptions[urls="
        + urls
        + ", auth="
        + auth
        + ", caCertificate="
        + caCertificate
        + ", indexPrefix="
        + indexPrefix
        + ", shards="
        + shards
        + ", replicas="
        + replicas
        + "]";
  }
}
