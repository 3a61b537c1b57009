package org.brandpulse.app;

import java.net.URI;
import java.util.function.Function;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsException;
import org.brandpulse.app.settings.StoreSettings;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.elasticsearch.ElasticsearchOptions;
import org.brandpulse.ingest.store.elasticsearch.ElasticsearchPostStore;
import org.brandpulse.ingest.store.lucene.LucenePostStore;

/** Opens the post store a configuration names: the embedded Lucene index or Elasticsearch. */
public final class Stores {

  private Stores() {}

  /**
   * Opens a store.
   *
   * @param environment where secrets are read from (the process environment)
   * @throws SettingsException when a named secret is not set
   */
  public static PostStore open(
      BrandpulseSettings settings, StoreSettings store, Function<String, String> environment)
      throws StoreException {
    if (store.type() == StoreSettings.StoreType.LUCENE) {
      return LucenePostStore.open(settings.dataDir().resolve(store.path()).toAbsolutePath());
    }
    return ElasticsearchPostStore.open(elasticsearch(settings, store, environment));
  }

  /** The Elasticsearch options of a store configuration. */
  public static ElasticsearchOptions elasticsearch(
      BrandpulseSettings settings, StoreSettings store, Function<String, String> environment) {
    ElasticsearchOptions options =
        ElasticsearchOptions.of(store.urls().stream().map(URI::create).toArray(URI[]::new))
            .withIndexPrefix(store.indexPrefix())
            .withShards(store.shards(), store.replicas());
    if (store.apiKeyEnv() != null) {
      options = options.withApiKey(secret(store.apiKeyEnv(), environment));
    } else if (store.username() != null) {
      options = options.withBasicAuth(store.username(), secret(store.passwordEnv(), environment));
    }
    if (store.caCertificate() != null) {
      options = options.withCaCertificate(settings.baseDir().resolve(store.caCertificate()));
    }
    return options;
  }

  private static String secret(String env, Function<String, String> environment) {
    String value = env == null ? null : environment.apply(env);
    if (value == null || value.isBlank()) {
      throw new SettingsException(
          "store: environment variable "
              + env
              + " is not set (it holds the Elasticsearch credential)");
    }
    return value;
  }
}
