package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty stores on the shared test server: each gets its own index prefix, and {@link
 * #delete} removes its indices and template afterwards so the 512 MB test node stays small.
 */
final class EsTestStores {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

  private EsTestStores() {}

  /** Options for a new, unused prefix on the shared server: one shard, no replicas. */
  static ElasticsearchOptions freshOptions() throws IOException, InterruptedException {
    return ElasticsearchOptions.of(ElasticsearchServer.shared().url())
        .withIndexPrefix("it-" + RUN + "-" + COUNTER.incrementAndGet())
        .withShards(1, 0);
  }

  /** Deletes the indices and the template of a prefix. */
  static void delete(ElasticsearchOptions options) throws IOException {
    String alias = options.indexPrefix() + "-posts";
    try (ElasticsearchClient admin = EsConnection.clientUnchecked(options)) {
      admin
          .indices()
          .delete(d -> d.index(alias + "-*").ignoreUnavailable(true).allowNoIndices(true));
      admin.indices().deleteIndexTemplate(t -> t.name(alias));
    }
  }
}
