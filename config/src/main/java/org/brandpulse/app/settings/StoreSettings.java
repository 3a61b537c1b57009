package org.brandpulse.app.settings;

import java.util.List;

/**
 * Where posts are stored.
 *
 * @param type {@code lucene} (embedded, default) or {@code elasticsearch}
 * @param path the Lucene index folder, relative to the data folder (default {@code index})
 * @param urls Elasticsearch node URLs ({@code http(s)://host:port})
 * @param apiKeyEnv environment variable holding an Elasticsearch API key (encoded form)
 * @param username basic-auth user (instead of an API key)
 * @param passwordEnv environment variable holding the basic-auth password
 * @param caCertificate a PEM file with the CA of the cluster's HTTPS certificate, relative to this
 *     file's folder
 * @param indexPrefix prefix of the template, alias and monthly indices (default {@code brandpulse})
 * @param shards primary shards per monthly index (default 1)
 * @param replicas replicas per shard (default 1; 0 on a single node)
 */
public record StoreSettings(
    StoreType type,
    String path,
    List<String> urls,
    String apiKeyEnv,
    String username,
    String passwordEnv,
    String caCertificate,
    String indexPrefix,
    Integer shards,
    Integer replicas) {

  /** The embedded default. */
  public static final StoreSettings DEFAULT =
      new StoreSettings(StoreType.LUCENE, "index", null, null, null, null, null, null, null, null);

  public StoreSettings {
    type = type == null ? StoreType.LUCENE : type;
    path = path == null || path.isBlank() ? "index" : path;
    urls = urls == null ? List.of() : List.copyOf(urls);
    indexPrefix = indexPrefix == null ? "brandpulse" : indexPrefix;
    shards = shards == null ? 1 : shards;
    replicas = replicas == null ? 1 : replicas;
  }

  /** Store implementations. */
  public enum StoreType {
    LUCENE,
    ELASTICSEARCH
  }
}
