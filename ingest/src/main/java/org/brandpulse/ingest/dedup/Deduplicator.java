package org.brandpulse.ingest.dedup;

import java.time.Duration;
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
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.store.DedupCandidate;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;

/**
 * Decides whether a post copies an earlier one (retweet, copy-paste spam) so that it is counted
 * against that post instead of being stored.
 *
 * <p>A post is a {@link Verdict.Kind#DUPLICATE_OF duplicate} of a candidate when their {@link
 * DedupKeys} {@linkplain DedupKeys#matches match} (same normalised text, or SimHash distance at
 * most {@value DedupKeys#MAX_DISTANCE} for texts of at least {@value DedupKeys#MIN_TOKENS} words)
 * and the candidate was created earlier, or at the same instant with a smaller id, at most {@link
 * #COPY_WINDOW} earlier unless the post is an explicit retweet, and replies to the same post (or
 * neither replies): a brand's canned answer to two customers is two answers, not a copy. Of several
 * such candidates the earliest (then smallest id) is the original. A candidate with the post's own
 * id is an earlier version of the same post (an upsert), never an original.
 *
 * <p>Candidates come from the store ({@link PostStore#dedupCandidates}) and from a bounded
 * in-memory window of the originals this deduplicator has passed but the caller may not have
 * written yet (the rest of the current batch). Feed a batch in created-at order for the best
 * result: a copy that arrives before its original is kept as an original. Thread-safe.
 */
public final class Deduplicator {

  /** Posts kept in the window by default. */
  public static final int DEFAULT_WINDOW = 10_000;

  private static final int CANDIDATES = 64;

  /** Posts created at most this far apart share one store look-up in {@link #checkAll}. */
  private static final Duration GROUP_SPAN = Duration.ofHours(24);

  /** At most this many stored candidates for a whole chunk (a store's page limit). */
  private static final int CHUNK_CANDIDATES = 10_000;

  private record Seen(String id, Instant createdAt, String replyToId, DedupKeys keys) {}

  /**
   * How far apart in time a copy may be from its original, unless it is an explicit retweet ({@code
   * RT @user: ...}), which copies whatever it quotes. Independent posts that happen to say the same
   * thing ("can I change the delivery address?") weeks apart are separate mentions; copy-paste spam
   * and bot waves come within hours.
   */
  public static final Duration COPY_WINDOW = Duration.ofHours(24);

  private static final int KEY_CACHE = 50_000;

  private static final Comparator<Seen> EARLIEST =
      Comparator.comparing(Seen::createdAt).thenComparing(Seen::id);

  private final PostStore store;
  private final int windowSize;
  private final LinkedHashMap<String, Seen> window = new LinkedHashMap<>();
  private final Map<String, Set<String>> windowByKey = new HashMap<>();

  @SuppressWarnings("serial")
  private final Map<String, DedupKeys> keyCache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DedupKeys> eldest) {
          return size() > KEY_CACHE;
        }
      };

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
    Instant from = isRetweet(post.text()) ? null : post.createdAt().minus(COPY_WINDOW);
    return judge(post, keys, stored(all, from, post.createdAt()));
  }

  /** Stored posts with any of the keys created in {@code [from, createdAt]}, oldest first. */
  private List<Seen> stored(List<String> keys, Instant from, Instant createdAt)
      throws StoreException {
    List<Seen> candidates = new ArrayList<>();
    for (DedupCandidate c :
        store.dedupCandidates(keys, from, createdAt.plusMillis(1), CANDIDATES)) {
      candidates.add(seen(c));
    }
    return candidates;
  }

  /**
   * Checks a chunk of posts in order, as {@link #check} would one by one, with one store look-up
   * for the whole chunk instead of one per post: the candidates of every post are fetched together
   * (the union of the chunk's keys over the union of its time ranges) and each post is judged
   * against those in its own range, and against the window, which the chunk's originals join as
   * they are passed.
   *
   * @return one verdict per post, in order
   * @throws StoreException when the store cannot be asked
   */
  public synchronized List<Verdict> checkAll(List<Post> posts) throws StoreException {
    List<DedupKeys> keys = new ArrayList<>(posts.size());
    List<Integer> byTime = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      DedupKeys k = DedupKeys.of(posts.get(i).text());
      keys.add(k);
      if (!k.all().isEmpty() && !isRetweet(posts.get(i).text())) {
        byTime.add(i);
      }
    }
    // Posts close in time share one look-up: a group spans at most GROUP_SPAN of creation times,
    // so its look-up covers little more than each post's own copy window.
    byTime.sort(Comparator.comparing(i -> posts.get(i).createdAt()));
    Map<Integer, Map<String, List<Seen>>> groupOf = new HashMap<>();
    int from = 0;
    while (from < byTime.size()) {
      Instant first = posts.get(byTime.get(from)).createdAt();
      int to = from;
      while (to < byTime.size()
          && !posts.get(byTime.get(to)).createdAt().isAfter(first.plus(GROUP_SPAN))) {
        to++;
      }
      List<Integer> group = byTime.subList(from, to);
      Map<String, List<Seen>> found = lookUp(posts, keys, group);
      if (found != null) {
        group.forEach(i -> groupOf.put(i, found));
      }
      from = to;
    }
    List<Verdict> verdicts = new ArrayList<>(posts.size());
    for (int i = 0; i < posts.size(); i++) {
      Post post = posts.get(i);
      DedupKeys k = keys.get(i);
      if (k.all().isEmpty()) {
        verdicts.add(Verdict.ORIGINAL);
        continue;
      }
      Map<String, List<Seen>> stored = groupOf.get(i);
      if (stored == null) {
        // A retweet copies whatever it quotes, however old: its own look-up over all time. A post
        // whose group look-up was cut off at the limit is looked up on its own, as check() does.
        Instant own = isRetweet(post.text()) ? null : post.createdAt().minus(COPY_WINDOW);
        verdicts.add(judge(post, k, stored(k.all(), own, post.createdAt())));
        continue;
      }
      Map<String, Seen> candidates = new LinkedHashMap<>();
      for (String key : k.all()) {
        for (Seen c : stored.getOrDefault(key, List.of())) {
          if (c.createdAt().isBefore(post.createdAt().plusMillis(1))) {
            candidates.putIfAbsent(c.id(), c);
          }
        }
      }
      verdicts.add(judge(post, k, new ArrayList<>(candidates.values())));
    }
    return verdicts;
  }

  /**
   * The stored candidates of a group of posts by key, from one look-up over the group's keys and
   * copy windows; null when the look-up reached its limit (the newest candidates, the likeliest
   * originals, could be missing).
   */
  private Map<String, List<Seen>> lookUp(
      List<Post> posts, List<DedupKeys> keys, List<Integer> group) throws StoreException {
    Set<String> groupKeys = new HashSet<>();
    group.forEach(i -> groupKeys.addAll(keys.get(i).all()));
    Instant from = posts.get(group.get(0)).createdAt().minus(COPY_WINDOW);
    Instant to = posts.get(group.get(group.size() - 1)).createdAt().plusMillis(1);
    int limit = (int) Math.min(CHUNK_CANDIDATES, (long) CANDIDATES * group.size());
    List<DedupCandidate> found = store.dedupCandidates(groupKeys, from, to, limit);
    if (found.size() >= limit) {
      return null;
    }
    Map<String, List<Seen>> byKey = new HashMap<>();
    for (DedupCandidate c : found) {
      Seen seen = seen(c);
      for (String key : c.keys()) {
        byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(seen);
      }
    }
    return byKey;
  }

  /** The verdict on one post given its stored candidates; an original joins the window. */
  private Verdict judge(Post post, DedupKeys keys, List<Seen> candidates) {
    boolean retweet = isRetweet(post.text());
    Instant from = retweet ? null : post.createdAt().minus(COPY_WINDOW);
    Seen self = new Seen(post.id(), post.createdAt(), post.replyToId(), keys);
    candidates.addAll(fromWindow(keys.all()));
    Seen original = null;
    for (Seen c : candidates) {
      if (!c.id().equals(post.id())
          && EARLIEST.compare(c, self) < 0
          && (retweet || !c.createdAt().isBefore(from))
          && Objects.equals(c.replyToId(), post.replyToId())
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

  /**
   * Puts posts that are originals by decree (a brand's own posts, never folded into a copy) in the
   * window, so that copies of them later in the same chunk count against them, as they would once
   * the chunk is stored.
   */
  public synchronized void rememberOriginals(List<Post> posts) {
    for (Post post : posts) {
      DedupKeys keys = DedupKeys.of(post.text());
      if (!keys.all().isEmpty()) {
        remember(new Seen(post.id(), post.createdAt(), post.replyToId(), keys));
      }
    }
  }

  /** True for the classic retweet form {@code RT @user: text}. */
  static boolean isRetweet(String text) {
    String t = text.stripLeading();
    return t.regionMatches(true, 0, "RT @", 0, 4);
  }

  /** A stored candidate, its keys rebuilt from what the store indexed (once per post). */
  private Seen seen(DedupCandidate c) {
    DedupKeys k = keyCache.get(c.id());
    if (k == null) {
      k = DedupKeys.fromKeys(c.keys());
      keyCache.put(c.id(), k);
    }
    return new Seen(c.id(), c.createdAt(), c.replyToId(), k);
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
