package org.brandpulse.ingest.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;

/**
 * Decides whether a post copies an earlier one (retweet, copy-paste spam) so that it is counted
 * against that post instead of being stored.
 *
 * <p>A post is a {@link Verdict.Kind#DUPLICATE_OF duplicate} of a candidate when their {@link
 * DedupKeys} {@linkplain DedupKeys#matches match} (same normalised text, or SimHash distance at
 * most {@value DedupKeys#MAX_DISTANCE} for texts of at least {@value DedupKeys#MIN_TOKENS} words)
 * and the candidate was created earlier, or at the same instant with a smaller id. Of several such
 * candidates the earliest (then smallest id) is the original. A candidate with the post's own id is
 * an earlier version of the same post (an upsert), never an original.
 *
 * <p>Candidates come from the store ({@link PostStore#findByDedupKeys}) and from a bounded
 * in-memory window of the originals this deduplicator has passed but the caller may not have
 * written yet (the rest of the current batch). Feed a batch in created-at order for the best
 * result: a copy that arrives before its original is kept as an original. Thread-safe.
 */
public final class Deduplicator {

  /** Posts kept in the window by default. */
  public static final int DEFAULT_WINDOW = 10_000;

  private static final int CANDIDATES = 64;

  private record Seen(String id, Instant createdAt, DedupKeys keys) {}

  private static final Comparator<Seen> EARLIEST =
      Comparator.comparing(Seen::createdAt).thenComparing(Seen::id);

  private final PostStore store;
  private final int windowSize;
  private final LinkedHashMap<String, Seen> window = new LinkedHashMap<>();
  private final Map<String, Set<String>> windowByKey = new HashMap<>();

  /** A deduplicator over a store with a window of {@value #DEFAULT_WINDOW} posts. */
  public Deduplicator(PostStore store) {
    this(store, DEFAULT_WINDOW);
  }

  /** A deduplicator over a store, remembering up to {@code windowSize} unwritten originals. */
  public Deduplicator(PostStore store, int windowSize) {
    this.store = Objects.requireNonNull(store, "store");
    if (windowSize < 0) {
      throw new IllegalArgumentException("window size must be >= 0, was " + windowSize);
    }
    this.windowSize = windowSize;
  }

  /**
   * Checks a post against the store and the window; an original joins the window.
   *
   * @throws StoreException when the store cannot be asked
   */
  public synchronized Verdict check(Post post) throws StoreException {
    DedupKeys keys = DedupKeys.of(post.text());
    List<String> all = keys.all();
    if (all.isEmpty()) {
      return Verdict.ORIGINAL;
    }
    Seen self = new Seen(post.id(), post.createdAt(), keys);
    List<Seen> candidates = new ArrayList<>();
    for (AnalyzedPost stored : store.findByDedupKeys(all, CANDIDATES)) {
      Post p = stored.post();
      candidates.add(new Seen(p.id(), p.createdAt(), DedupKeys.of(p.text())));
    }
    candidates.addAll(fromWindow(all));
    Seen original = null;
    for (Seen c : candidates) {
      if (!c.id().equals(post.id())
          && EARLIEST.compare(c, self) < 0
          && keys.matches(c.keys())
          && (original == null || EARLIEST.compare(c, original) < 0)) {
        original = c;
      }
    }
    if (original != null) {
      return Verdict.duplicateOf(original.id());
    }
    remember(self);
    return Verdict.ORIGINAL;
  }

  /** Forgets the window, e.g. once a batch is written and the store can answer for it. */
  public synchronized void clearWindow() {
    window.clear();
    windowByKey.clear();
  }

  private List<Seen> fromWindow(List<String> keys) {
    Set<String> ids = new HashSet<>();
    for (String key : keys) {
      ids.addAll(windowByKey.getOrDefault(key, Set.of()));
    }
    List<Seen> seen = new ArrayList<>(ids.size());
    for (String id : ids) {
      seen.add(window.get(id));
    }
    return seen;
  }

  private void remember(Seen seen) {
    if (windowSize == 0) {
      return;
    }
    forget(window.remove(seen.id()));
    window.put(seen.id(), seen);
    for (String key : seen.keys().all()) {
      windowByKey.computeIfAbsent(key, k -> new HashSet<>()).add(seen.id());
    }
    Iterator<Seen> oldest = window.values().iterator();
    while (window.size() > windowSize) {
      Seen evicted = oldest.next();
      oldest.remove();
      forget(evicted);
    }
  }

  private void forget(Seen seen) {
    if (seen == null) {
      return;
    }
    for (String key : seen.keys().all()) {
      Set<String> ids = windowByKey.get(key);
      if (ids != null && ids.remove(seen.id()) && ids.isEmpty()) {
        windowByKey.remove(key);
      }
    }
  }
}
