package org.brandpulse.ingest.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.brandpulse.ingest.testing.Posts.post;

import java.util.List;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.PostFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A document the server refuses is reported by id and reason; its batch-mates are written. */
class ElasticsearchPostStoreRejectionIT {

  private ElasticsearchOptions options;
  private ElasticsearchPostStore store;

  @BeforeEach
  void open() throws Exception {
    options = EsTestStores.freshOptions();
    store = ElasticsearchPostStore.open(options);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
    EsTestStores.delete(options);
  }

  @Test
  void aRefusedPostIsNamedWithTheServersReasonAndTheOthersAreWritten() throws Exception {
    AnalyzedPost before = post("social:1").text("বাজারলি দেরিতে দিয়েছে 😡").build();
    // A keyword longer than Lucene's 32,766-byte term limit: the server refuses the document.
    AnalyzedPost immense = post("social:2").keywords("ক".repeat(12_000)).build();
    AnalyzedPost after = post("social:3").text("配達が遅い 📦").build();

    PostsRejectedException e =
        catchThrowableOfType(
            PostsRejectedException.class, () -> store.upsert(List.of(before, immense, after)));

    assertThat(e.rejections()).hasSize(1);
    PostsRejectedException.Rejection r = e.rejections().get(0);
    assertThat(r.id()).isEqualTo("social:2");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.type()).isEqualTo("document_parsing_exception");
    assertThat(r.reason()).contains("[keyword]").contains("immense term");
    assertThat(e).hasMessageContaining("rejected 1 of 3 posts").hasMessageContaining("social:2");
    assertThat(store.count(PostFilter.ALL)).isEqualTo(2);
    assertThat(store.get("social:1")).contains(before);
    assertThat(store.get("social:3")).contains(after);
    assertThat(store.get("social:2")).isEmpty();
  }
}
