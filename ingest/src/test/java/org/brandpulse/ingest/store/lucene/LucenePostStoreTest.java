package org.brandpulse.ingest.store.lucene;

import java.nio.file.Path;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.PostStoreContractTest;
import org.junit.jupiter.api.io.TempDir;

class LucenePostStoreTest extends PostStoreContractTest {

  @TempDir Path dir;

  @Override
  protected PostStore newStore() throws Exception {
    return LucenePostStore.open(dir.resolve("index"));
  }
}
