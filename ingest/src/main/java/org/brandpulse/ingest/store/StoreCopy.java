package org.brandpulse.ingest.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.brandpulse.ingest.AnalyzedPost;

/**
 * Copies every post from one {@link PostStore} to another (Lucene to Elasticsearch and back), in
 * batches, resumable and verified by counts.
 *
 * <p>The source is walked in id order ({@link PostStore#forEach}); after each batch is upserted
 * into the target, the last id and the running count go to a checkpoint file (written to a
 * temporary file and moved into place atomically). A rerun after a crash skips every id up to the
 * checkpoint instead of writing it again; since upserts are idempotent, a batch written but not yet
 * checkpointed is simply written twice. At the end both stores are counted: the copy is verified
 * when the target holds as many posts as the source (so start with an empty target), and the
 * checkpoint is then deleted. Not for a source that is being written to at the same time.
 */
public final class StoreCopy {

  private final PostStore from;
  private final PostStore to;
  private final int batchSize;
  private final Path checkpoint;

  /**
   * What a copy did.
   *
   * @param copied posts written by this run
   * @param skipped posts skipped because an earlier run's checkpoint covered them
   * @param sourceCount posts in the source at the end
   * @param targetCount posts in the target at the end (equal to {@code sourceCount}: verified)
   * @param resumedAfter the checkpoint's last id this run resumed after, or null
   */
  public record Result(
      long copied, long skipped, long sourceCount, long targetCount, String resumedAfter) {}

  /**
   * @param checkpoint file for the resume point (its folder must exist); deleted once verified
   */
  public StoreCopy(PostStore from, PostStore to, int batchSize, Path checkpoint) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
    if (batchSize < 1 || batchSize > 100_000) {
      throw new IllegalArgumentException("batch size must be 1 to 100000, was " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * Copies what the checkpoint does not cover, then verifies.
   *
   * @throws StoreException when a store fails (the checkpoint keeps the progress) or the counts
   *     differ afterwards
   */
  public Result run() throws StoreException {
    String resumeAfter = readCheckpoint();
    byte[] resumeKey = resumeAfter == null ? null : utf8(resumeAfter);
    List<AnalyzedPost> batch = new ArrayList<>(batchSize);
    long[] counts = new long[2]; // copied, skipped
    try {
      from.forEach(
          PostFilter.ALL,
          post -> {
            if (resumeKey != null && Arrays.compareUnsigned(utf8(post.id()), resumeKey) <= 0) {
              counts[1]++;
              return;
            }
            batch.add(post);
            if (batch.size() == batchSize) {
              counts[0] += flush(batch);
            }
          });
    } catch (CopyFailure e) {
      throw e.cause;
    }
    try {
      counts[0] += flush(batch);
    } catch (CopyFailure e) {
      throw e.cause;
    }
    long sourceCount = from.count(PostFilter.ALL);
    long targetCount = to.count(PostFilter.ALL);
    if (sourceCount != targetCount) {
      throw new StoreException(
          "copy not verified: the source holds "
              + sourceCount
              + " posts but the target "
              + targetCount
              + " (copied "
              + counts[0]
              + ", skipped "
              + counts[1]
              + " by checkpoint "
              + checkpoint
              + "); expected equal counts, so copy into an empty target");
    }
    deleteCheckpoint();
    return new Result(counts[0], counts[1], sourceCount, targetCount, resumeAfter);
  }

  /** Upserts the batch, records its last id, empties it; returns how many were written. */
  private int flush(List<AnalyzedPost> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    int n = batch.size();
    try {
      to.upsert(batch);
      writeCheckpoint(batch.get(n - 1).id());
    } catch (StoreException e) {
      throw new CopyFailure(e);
    }
    batch.clear();
    return n;
  }

  private String readCheckpoint() throws StoreException {
    if (!Files.exists(checkpoint)) {
      return null;
    }
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(checkpoint, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new StoreException("cannot read copy checkpoint " + checkpoint + ": " + e, e);
    }
    String lastId = p.getProperty("lastId");
    if (lastId == null || lastId.isEmpty()) {
      throw new StoreException(
          "copy checkpoint " + checkpoint + " has no lastId=...; delete it to copy from the start");
    }
    return lastId;
  }

  private void writeCheckpoint(String lastId) throws StoreException {
    Properties p = new Properties();
    p.setProperty("lastId", lastId);
    Path tmp = checkpoint.resolveSibling(checkpoint.getFileName() + ".tmp");
    try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(out, "brandpulse store copy: posts up to this id (UTF-8 order) are copied");
    } catch (IOException e) {
      throw new StoreException("cannot write copy checkpoint " + tmp + ": " + e, e);
    }
    try {
      Files.move(
          tmp, checkpoint, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StoreException("cannot move copy checkpoint into " + checkpoint + ": " + e, e);
    }
  }

  private void deleteCheckpoint() throws StoreException {
    try {
      Files.deleteIfExists(checkpoint);
    } catch (IOException e) {
      throw new StoreException("copy verified, but cannot delete checkpoint " + checkpoint, e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Carries a store failure out of the {@code forEach} callback. */
  private static final class CopyFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient StoreException cause;

    CopyFailure(StoreException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
