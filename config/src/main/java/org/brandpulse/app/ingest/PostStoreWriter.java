package org.brandpulse.app.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brandpulse.app.alerts.OwnReplies;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk to the post store in one durable upsert.
 *
 * <p>A post that is already stored keeps the copies counted against it (a refetch refreshes the
 * post, never forgets its copies); copies are added to their original, in this chunk or in the
 * store. Everything is a set union, so replaying a chunk after a crash changes nothing.
 */
public class PostStoreWriter implements ItemWriter<IngestItem> {

  private final PostStore store;
  private final OwnReplies ownReplies;
  private final BrandDirectory brands;

  /**
   * A writer that also records the brands' own replies in {@code ownReplies}, in the chunk's
   * transaction.
   */
  public PostStoreWriter(PostStore store, OwnReplies ownReplies, BrandDirectory brands) {
    this.store = store;
    this.ownReplies = ownReplies;
    this.brands = brands;
  }

  @Override
  public void write(Chunk<? extends IngestItem> chunk) throws StoreException {
    Map<String, AnalyzedPost> pending = new LinkedHashMap<>();
    List<IngestItem> copies = new ArrayList<>();
    for (IngestItem item : chunk) {
      if (item.isCopy()) {
        copies.add(item);
      } else {
        AnalyzedPost post = item.post();
        AnalyzedPost earlier = pending.get(post.id());
        if (earlier == null) {
          Optional<AnalyzedPost> stored = store.get(post.id());
          earlier = stored.orElse(null);
        }
        if (earlier != null) {
          for (String copy : earlier.duplicateIds()) {
            post = post.withDuplicate(copy);
          }
        }
        pending.put(post.id(), post);
      }
    }
    for (IngestItem copy : copies) {
      AnalyzedPost original = pending.get(copy.originalId());
      if (original == null) {
        original = store.get(copy.originalId()).orElse(null);
      }
      if (original != null) {
        pending.put(original.id(), original.withDuplicate(copy.copyId()));
      }
    }
    if (!pending.isEmpty()) {
      store.upsert(pending.values());
      ownReplies.record(pending.values(), brands);
    }
  }
}
