package org.brandpulse.app;

import java.net.URI;
import java.util.List;
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

  /** Opens the configured store; secrets come from {@code environment}. */
  public static PostStore open(BrandpulseSettings settings, Function<String, String> environment)
      throws StoreException {
    return open(settings, settings.store().type(), List.of(), environment);
  }

  /**
   * Opens a store of the given type with the configuration's settings for it.
   *
   * @param esUrls Elasticsearch nodes to use instead of {@code store.urls}, or empty
   * @param environment where secrets are read from (the process environment)
   * @throws SettingsException when a named secret is not set
   */
  public static PostStore open(
      BrandpulseSettings settings,
      StoreSettings.StoreType type,
      List<String> esUrls,
      Function<String, String> environment)
      throws StoreException {
    if (type == StoreSettings.StoreType.LUCENE) {
      return LucenePostStore.open(settings.storePath());
    }
    return ElasticsearchPostStore.open(elasticsearch(settings, esUrls, environment));
  }

  private static ElasticsearchOptions elasticsearch(
      BrandpulseSettings settings, List<String> esUrls, Function<String, String> environment) {
    StoreSettings store = settings.store();
    List<String> urls = esUrls.isEmpty() ? store.urls() : esUrls;
    ElasticsearchOptions options =
        ElasticsearchOptions.of(urls.stream().map(URI::create).toArray(URI[]::new))
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
