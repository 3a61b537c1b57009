package org.brandpulse.ingest.store.elasticsearch;

import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.PostStoreContractTest;
import org.junit.jupiter.api.AfterEach;

/** The full {@link PostStoreContractTest} against a real Elasticsearch 9.2 server. */
class ElasticsearchPostStoreIT extends PostStoreContractTest {

  private ElasticsearchOptions options;

  @Override
  protected PostStore newStore() throws Exception {
    options = EsTestStores.freshOptions();
    return ElasticsearchPostStore.open(options);
  }

  @AfterEach
  void deleteIndices() throws Exception {
    if (options != null) {
      EsTestStores.delete(options);
    }
  }
}
