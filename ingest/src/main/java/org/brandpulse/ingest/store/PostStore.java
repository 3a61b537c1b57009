package org.brandpulse.ingest.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.brandpulse.ingest.AnalyzedPost;

/**
 * Where analysed posts live, and the questions reports ask of them.
 *
 * <p>Writes are idempotent upserts by post id: writing the same post twice leaves one post, the
 * last written. {@link #upsert} is durable when it returns (a crash afterwards loses nothing). Time
 * bounds are on {@code Post.createdAt()}. Implementations are thread-safe.
 */
public interface PostStore extends AutoCloseable {

  /** Inserts or replaces posts by id, durably. */
  void upsert(Collection<AnalyzedPost> posts) throws StoreException;

  /** The post with this id. */
  Optional<AnalyzedPost> get(String id) throws StoreException;

  /**
   * The stored posts with any of these ids, keyed by id (unknown ids are absent): one look-up for a
   * chunk instead of one per post.
   */
  java.util.Map<String, AnalyzedPost> getAll(Collection<String> ids) throws StoreException;

  /** A page of posts matching a query. */
  PostPage search(PostQuery query) throws StoreException;

  /** How many posts match a filter. */
  long count(PostFilter filter) throws StoreException;

  /**
   * Posts per calendar day in {@code zone}, for every day of the filter's period that has posts
   * (days without posts are absent), ascending.
   */
  SortedMap<LocalDate, Long> countPerDay(PostFilter filter, ZoneId zone) throws StoreException;

  /**
   * Posts per value of a facet, most first (ties by value). Values are lower case: {@code
   * negative}, {@code damaged_defective}, a brand name as configured, a source key, a language. A
   * post with several brands counts once for each.
   */
  List<TermCount> countBy(Facet facet, PostFilter filter) throws StoreException;

  /** The most frequent keywords of the matching posts' analyses, most first. */
  List<TermCount> topKeywords(PostFilter filter, int limit) throws StoreException;

  /** The matching posts with the highest reach, highest first (ties by id). */
  List<AnalyzedPost> topByReach(PostFilter filter, int limit) throws StoreException;

  /**
   * Posts created in {@code [from, to)} (null bounds: unbounded) that carry any of the given
   * de-duplication keys (see {@code org.brandpulse.ingest.dedup}), oldest first, at most {@code
   * limit}.
   */
  List<AnalyzedPost> findByDedupKeys(Collection<String> keys, Instant from, Instant to, int limit)
      throws StoreException;

  /**
   * What {@link #findByDedupKeys} finds, as de-duplication candidates only, oldest first, at most
   * {@code limit}: a store may answer from its index without loading the posts. The keys are those
   * the store indexed for each post.
   */
  default List<DedupCandidate> dedupCandidates(
      Collection<String> keys, Instant from, Instant to, int limit) throws StoreException {
    List<DedupCandidate> out = new java.util.ArrayList<>();
    for (AnalyzedPost p : findByDedupKeys(keys, from, to, limit)) {
      out.add(
          new DedupCandidate(
              p.id(),
              p.post().createdAt(),
              p.post().replyToId(),
              org.brandpulse.ingest.dedup.DedupKeys.of(p.post().text()).all()));
    }
    return out;
  }

  /** Visits every matching post in id order, reading in batches (for re-analysis and copies). */
  void forEach(PostFilter filter, Consumer<AnalyzedPost> action) throws StoreException;

  @Override
  void close() throws StoreException;
}
