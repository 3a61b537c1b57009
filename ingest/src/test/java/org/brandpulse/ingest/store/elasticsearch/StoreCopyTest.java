package org.brandpulse.ingest.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.StoreCopy;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.lucene.LucenePostStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoreCopy} between two Lucene stores: batches, resume after a crash, verification. */
class StoreCopyTest {

  @TempDir Path dir;

  @Test
  void copiesEveryPostAndDeletesTheCheckpointOnceVerified() throws Exception {
    List<AnalyzedPost> posts = CopyFixtures.posts(250);
    try (LucenePostStore from = LucenePostStore.open(dir.resolve("a"));
        LucenePostStore to = LucenePostStore.open(dir.resolve("b"))) {
      from.upsert(posts);
      StoreCopy.Result r = new StoreCopy(from, to, 40, dir.resolve("copy.ckpt")).run();
      assertThat(r).isEqualTo(new StoreCopy.Result(250, 0, 250, 250, null));
      assertThat(to.get(posts.get(7).id())).contains(posts.get(7));
      assertThat(to.get(posts.get(1).id())).contains(posts.get(1));
      assertThat(dir.resolve("copy.ckpt")).doesNotExist();
    }
  }

  @Test
  void aRerunAfterACrashResumesAfterTheLastCheckpointedBatch() throws Exception {
    Path ckpt = dir.resolve("copy.ckpt");
    try (LucenePostStore from = LucenePostStore.open(dir.resolve("a"));
        LucenePostStore to = LucenePostStore.open(dir.resolve("b"))) {
      from.upsert(CopyFixtures.posts(250));
      FailingStore crashing = new FailingStore(to, 4);
      assertThatThrownBy(() -> new StoreCopy(from, crashing, 40, ckpt).run())
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("simulated crash at upsert 4");
      assertThat(Files.readString(ckpt)).contains("lastId=");
      assertThat(to.count(PostFilter.ALL)).isEqualTo(120);

      StoreCopy.Result r = new StoreCopy(from, to, 40, ckpt).run();
      assertThat(r.skipped()).isEqualTo(120);
      assertThat(r.copied()).isEqualTo(130);
      assertThat(r.resumedAfter()).isNotNull();
      assertThat(r.targetCount()).isEqualTo(250).isEqualTo(r.sourceCount());
      assertThat(ckpt).doesNotExist();
    }
  }

  @Test
  void aTargetThatAlreadyHeldOtherPostsFailsVerification() throws Exception {
    try (LucenePostStore from = LucenePostStore.open(dir.resolve("a"));
        LucenePostStore to = LucenePostStore.open(dir.resolve("b"))) {
      from.upsert(CopyFixtures.posts(30));
      to.upsert(List.of(org.brandpulse.ingest.testing.Posts.post("other:1").build()));
      assertThatThrownBy(() -> new StoreCopy(from, to, 7, dir.resolve("c.ckpt")).run())
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("source holds 30 posts but the target 31");
    }
  }
}
