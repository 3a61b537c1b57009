package org.brandpulse.ingest.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.Facet;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.StoreCopy;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.lucene.LucenePostStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lucene to a real Elasticsearch and back, with a crash and a resume on the way there. */
class StoreCopyIT {

  @TempDir Path dir;
  private ElasticsearchOptions options;

  @AfterEach
  void deleteIndices() throws Exception {
    if (options != null) {
      EsTestStores.delete(options);
    }
  }

  @Test
  void luceneToElasticsearchResumesAfterACrashAndCopiesBackIdentically() throws Exception {
    List<AnalyzedPost> posts = CopyFixtures.posts(1_234);
    options = EsTestStores.freshOptions();
    Path ckpt = dir.resolve("copy.ckpt");
    try (LucenePostStore lucene = LucenePostStore.open(dir.resolve("lucene"));
        ElasticsearchPostStore es = ElasticsearchPostStore.open(options);
        LucenePostStore back = LucenePostStore.open(dir.resolve("back"))) {
      lucene.upsert(posts);

      assertThatThrownBy(() -> new StoreCopy(lucene, new FailingStore(es, 3), 200, ckpt).run())
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("simulated crash");
      StoreCopy.Result there = new StoreCopy(lucene, es, 200, ckpt).run();
      assertThat(there.skipped()).isEqualTo(400);
      assertThat(there.copied()).isEqualTo(834);
      assertThat(there.targetCount()).isEqualTo(1_234);

      StoreCopy.Result back1 = new StoreCopy(es, back, 300, dir.resolve("back.ckpt")).run();
      assertThat(back1).isEqualTo(new StoreCopy.Result(1_234, 0, 1_234, 1_234, null));
      for (AnalyzedPost p : List.of(posts.get(0), posts.get(1), posts.get(1_233))) {
        assertThat(es.get(p.id())).contains(p);
        assertThat(back.get(p.id())).contains(p);
      }
      assertThat(es.countBy(Facet.SENTIMENT, PostFilter.ALL))
          .isEqualTo(lucene.countBy(Facet.SENTIMENT, PostFilter.ALL));
      assertThat(es.topKeywords(PostFilter.ALL, 5)).isEqualTo(back.topKeywords(PostFilter.ALL, 5));
    }
  }
}
