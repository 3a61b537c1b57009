package org.brandpulse.app.ingest;

import java.util.List;
import java.util.function.Consumer;
import org.brandpulse.app.complaints.OwnReplies;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.pipeline.Outcome;
import org.brandpulse.ingest.pipeline.PostPipeline;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The ingest step's writer: runs a chunk of fetched posts through the {@link PostPipeline} (match,
 * own handle, de-duplicate, analyse, a chunk at a time) and stores what it keeps in one durable
 * upsert, recording the brands' own replies in the chunk's transaction.
 *
 * <p>A post that is already stored keeps the copies counted against it (a refetch refreshes the
 * post, never forgets its copies); copies are added to their original, in this chunk or in the
 * store. Everything is a set union, so replaying a chunk after a crash changes nothing. The
 * outcomes go to {@code counted} once the chunk is stored (copies, posts with no brand, posts whose
 * analysis failed).
 */
public class PostStoreWriter implements ItemWriter<Post> {

  private final PostPipeline pipeline;
  private final PostStore store;
  private final OwnReplies ownReplies;
  private final BrandDirectory brands;
  private final Consumer<List<Outcome>> counted;

  public PostStoreWriter(
      PostPipeline pipeline,
      PostStore store,
      OwnReplies ownReplies,
      BrandDirectory brands,
      Consumer<List<Outcome>> counted) {
    this.pipeline = pipeline;
    this.store = store;
    this.ownReplies = ownReplies;
    this.brands = brands;
    this.counted = counted;
  }

  @Override
  public void write(Chunk<? extends Post> chunk) throws StoreException {
    List<Outcome> outcomes = pipeline.process(chunk.getItems());
    List<AnalyzedPost> posts = PostPipeline.toStore(outcomes, store);
    if (!posts.isEmpty()) {
      store.upsert(posts);
      ownReplies.record(posts, brands);
    }
    counted.accept(outcomes);
  }
}
