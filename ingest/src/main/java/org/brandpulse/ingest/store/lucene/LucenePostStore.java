package org.brandpulse.ingest.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.dedup.DedupKeys;
import org.brandpulse.ingest.store.DedupCandidate;
import org.brandpulse.ingest.store.Facet;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostPage;
import org.brandpulse.ingest.store.PostQuery;
import org.brandpulse.ingest.store.PostSort;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.TermCount;
import org.brandpulse.ingest.text.PostQueryParser;
import org.brandpulse.ingest.text.PostTextAnalyzer;
import org.brandpulse.ingest.text.QuerySyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded {@link PostStore}: a Lucene index in one directory.
 *
 * <p>One {@link IndexWriter} and a {@link SearcherManager}. Every {@link #upsert} checks that the
 * index can take the posts ({@link PostDocuments#checkIndexable}), appends them to the {@link
 * Translog}, forced to disk, and hands them to the writer thread, which replaces them by id in the
 * writer while the caller goes on: a crash after {@code upsert} returns loses nothing (the next
 * open replays the translog), without a Lucene commit per upsert. The writer thread commits (atomic
 * and fsynced: a crash during one leaves the previous one) every {@value #COMMIT_EVERY} posts, and
 * the store on close; a commit empties the translog. A failure on the writer thread is reported by
 * the next upsert and by close.
 *
 * <p>The posts written since the searcher was last refreshed are also kept in memory ("pending", at
 * most twice {@value #COMMIT_EVERY}): {@link #get}, {@link #getAll} and {@link #dedupCandidates},
 * the reads an ingest makes for every chunk, answer from them and the searcher together, and every
 * other read has the writer thread refresh the searcher first. So a read after a write sees it,
 * while an ingest writes a segment per {@value #COMMIT_EVERY} posts instead of one per chunk (a
 * segment per chunk and the merges of them were a third of an ingest's time).
 *
 * <p>The layout is in {@link PostDocuments}, the stored JSON in {@link PostJson}. Counting reads
 * doc values of the matching documents only; {@link #forEach} pages through one point-in-time
 * searcher by id, so memory stays flat for any index size. Thread-safe.
 */
public final class LucenePostStore implements PostStore {

  private static final Logger log = LoggerFactory.getLogger(LucenePostStore.class);

  /**
   * Doc-value look-ups a de-duplication candidate scan spends per post in the time range (its keys
   * and id), against one term seek per key and segment for the key query.
   */
  private static final int SCAN_COST = 6;

  /** Posts written between commits (and kept in memory until the searcher is refreshed). */
  static final int COMMIT_EVERY = 10_000;

  /** Posts read per batch by {@link #forEach}. */
  static final int BATCH = 1_000;

  /** {@link PostSort#OLDEST}: created-at, then id in Lucene's (UTF-8 byte) order. */
  private static final Comparator<DedupCandidate> OLDEST_CANDIDATE =
      Comparator.comparing(DedupCandidate::createdAt).thenComparing(c -> new BytesRef(c.id()));

  private static final Comparator<TermCount> MOST_FIRST =
      Comparator.comparingLong(TermCount::count).reversed().thenComparing(TermCount::term);

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final PostJson json = new PostJson();
  private final PostQueryParser parser;
  private final Translog translog;
  private final int commitEvery;

  /**
   * Guards the writer's updates, the translog, the pending posts and the commit state; waited on
   * for a commit in the background to end.
   */
  private final Object lock = new Object();

  /** {@link DedupKeyFilter}s of the open segments. */
  private final Map<IndexReader.CacheKey, DedupKeyFilter> keyFilters = new ConcurrentHashMap<>();

  /**
   * A post written but maybe not yet visible to the searcher; {@code seq} orders the writes, {@code
   * keys} are its dedup keys, sorted as the index gives them (sorted-set doc values). Equal only to
   * itself.
   */
  private static final class Pending {
    final AnalyzedPost post;
    final long seq;
    final List<String> keys;

    /** Created-at, epoch millis. */
    final long at;

    Pending(AnalyzedPost post, long seq, List<String> keys) {
      this.post = post;
      this.seq = seq;
      this.keys = keys;
      this.at = post.post().createdAt().toEpochMilli();
    }

    /** A bound for {@link #BY_TIME} ranges, never stored. */
    private Pending(long at, long seq) {
      this.post = null;
      this.seq = seq;
      this.keys = List.of();
      this.at = at;
    }
  }

  /** Created-at, then write order: the posts sharing a key, for look-ups by time range. */
  private static final Comparator<Pending> BY_TIME =
      Comparator.<Pending>comparingLong(p -> p.at).thenComparingLong(p -> p.seq);

  @SuppressWarnings("unchecked")
  private static NavigableSet<Pending> holdersSet(Object holders) {
    return (NavigableSet<Pending>) holders;
  }

  /** The holders of a shared key created in {@code [lo, hi]} (epoch millis). */
  private static NavigableSet<Pending> within(Object holders, long lo, long hi) {
    if (lo > hi) {
      return Collections.emptyNavigableSet();
    }
    return holdersSet(holders)
        .subSet(new Pending(lo, Long.MIN_VALUE), true, new Pending(hi, Long.MAX_VALUE), true);
  }

  /** Posts written since the searcher was refreshed, by id, and by dedup key. */
  private final Map<String, Pending> pending = new HashMap<>();

  /** The pending posts by dedup key: one {@link Pending} (most keys) or a set of them. */
  private final Map<String, Object> pendingByKey = new HashMap<>();

  /** Posts upserted so far (the last write's {@link Pending#seq}). */
  private long seq;

  /** Posts appended to the translog since the last commit began. */
  private int sinceCommit;

  /** Whether a commit runs in the background. */
  private boolean committing;

  /**
   * Why indexing or a commit on the writer thread failed (reported by the next write, and by
   * close), or null.
   */
  private Throwable writeFailure;

  /**
   * Indexes the upserts and commits, in the order they were asked for; created with the first
   * upsert.
   */
  private ExecutorService writerThread;

  private LucenePostStore(
      Path dir,
      Directory directory,
      IndexWriter writer,
      PostTextAnalyzer a,
      Translog translog,
      int commitEvery)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.parser = new PostQueryParser(a);
    this.translog = translog;
    this.commitEvery = commitEvery;
  }

  /**
   * Opens the index in {@code dir}, creating the directory and an empty index when absent, and
   * upgrading an index of an older layout ({@link IndexLayoutVersion}) by re-indexing its posts.
   *
   * @throws StoreException when the directory cannot be used or another process has it open
   */
  public static LucenePostStore open(Path dir) throws StoreException {
    return open(dir, COMMIT_EVERY);
  }

  /**
   * {@link #open(Path)} with a commit every {@code commitEvery} posts (1: one after every upsert,
   * on the writer thread, so a segment per upsert; the tests compare against that).
   */
  static LucenePostStore open(Path dir, int commitEvery) throws StoreException {
    Objects.requireNonNull(dir, "dir");
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be >= 1, was " + commitEvery);
    }
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      PostTextAnalyzer analyzer = new PostTextAnalyzer();
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(directory, config);
      Translog translog = null;
      try {
        PostJson json = new PostJson();
        long committed = CommitData.number(writer, Translog.KEY, 0);
        IndexLayoutVersion.upgrade(writer, json);
        // what upserts wrote after the last commit (a crash): again, in order
        translog = Translog.open(dir, committed, text -> replay(writer, json, text));
        CommitData.put(writer, Translog.KEY, translog.generation());
        writer.commit();
        translog.deleteBefore(translog.generation());
      } catch (IOException | RuntimeException e) {
        try {
          writer.rollback();
          if (translog != null) {
            translog.close();
          }
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        if (e instanceof UncheckedIOException u) {
          throw u.getCause();
        }
        throw e;
      }
      return new LucenePostStore(dir, directory, writer, analyzer, translog, commitEvery);
    } catch (IllegalStateException | IllegalArgumentException e) {
      closeQuietly(directory);
      throw new StoreException("cannot open post index " + dir + ": " + e.getMessage(), e);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new StoreException("post index " + dir + " is open in another store or process", e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException("cannot open post index " + dir + ": " + e, e);
    }
  }

  /** The index directory. */
  public Path directory() {
    return dir;
  }

  /**
   * Re-applies an upsert recorded in the translog (on open, before any other write). A record the
   * index cannot take (upserts are checked before they are recorded, so only a post written by
   * another version could be one) is logged and left out rather than keep the store from opening.
   */
  private static void replay(IndexWriter writer, PostJson json, String text) {
    Document doc;
    AnalyzedPost post;
    try {
      post = json.read(text);
      doc = PostDocuments.toDocument(post, text);
      PostDocuments.checkIndexable(doc);
    } catch (RuntimeException e) {
      log.error("translog record left out, the index cannot take it ({}): {}", e, text);
      return;
    }
    try {
      writer.updateDocument(new Term(PostDocuments.ID, post.id()), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void upsert(Collection<AnalyzedPost> posts) throws StoreException {
    if (posts.isEmpty()) {
      return;
    }
    List<Document> docs = new ArrayList<>(posts.size());
    List<String> records = new ArrayList<>(posts.size());
    for (AnalyzedPost post : posts) {
      String stored = json.write(post);
      records.add(stored);
      docs.add(PostDocuments.toDocument(post, stored));
    }
    String first = posts.iterator().next().id();
    try {
      for (Document doc : docs) {
        // what the writer would refuse, refused before anything is written
        PostDocuments.checkIndexable(doc);
      }
      List<Term> ids = new ArrayList<>(posts.size());
      for (AnalyzedPost post : posts) {
        ids.add(new Term(PostDocuments.ID, post.id()));
      }
      synchronized (lock) {
        if (!writer.isOpen()) {
          throw new AlreadyClosedException("the post index is closed");
        }
        throwWriteFailure();
        translog.append(records);
        for (AnalyzedPost post : posts) {
          addPending(post);
        }
        // indexed on the writer thread, in the order of the upserts; pending until refreshed
        writerThread()
            .execute(
                () -> {
                  try {
                    for (int i = 0; i < docs.size(); i++) {
                      writer.updateDocument(ids.get(i), docs.get(i));
                    }
                  } catch (IOException | RuntimeException | Error e) {
                    synchronized (lock) {
                      if (writeFailure == null) {
                        writeFailure = e;
                      }
                    }
                  }
                });
        sinceCommit += posts.size();
        if (sinceCommit >= commitEvery) {
          commitInBackground();
        }
      }
    } catch (IOException
        | AlreadyClosedException
        | IllegalArgumentException
        | RejectedExecutionException e) {
      throw new StoreException(
          "cannot write " + posts.size() + " posts (first " + first + ") to " + dir + ": " + e, e);
    }
  }

  /**
   * Starts a commit of what was written so far on the writer thread, after the one running ends:
   * the translog moves on to a new generation first, so the commit holds every record of the old
   * ones; then the commit, a refresh of the searcher (which makes the posts written until now
   * visible: they stop being pending) and the old translog files deleted. Writes go on meanwhile. A
   * failure is reported by the next write. Holding the lock.
   */
  private void commitInBackground() throws IOException {
    awaitCommit();
    long generation = translog.roll();
    long upTo = seq;
    sinceCommit = 0;
    committing = true;
    writerThread()
        .execute(
            () -> {
              Throwable failure = null;
              synchronized (lock) {
                if (writeFailure != null) {
                  // a post of the old generations may be missing from the index: keep its
                  // translog for the next open, commit nothing
                  committing = false;
                  lock.notifyAll();
                  return;
                }
              }
              try {
                CommitData.put(writer, Translog.KEY, generation);
                writer.commit();
                searchers.maybeRefreshBlocking();
              } catch (IOException | RuntimeException | Error e) {
                failure = e;
              }
              synchronized (lock) {
                try {
                  if (failure == null) {
                    prunePending(upTo);
                    translog.deleteBefore(generation);
                  }
                } catch (IOException e) {
                  failure = e;
                } finally {
                  if (failure != null && writeFailure == null) {
                    writeFailure = failure;
                  }
                  committing = false;
                  lock.notifyAll();
                }
              }
            });
  }

  /** The writer thread. Holding the lock. */
  private ExecutorService writerThread() {
    if (writerThread == null) {
      writerThread =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "post-index-writer " + dir.getFileName());
                t.setDaemon(true);
                return t;
              });
    }
    return writerThread;
  }

  /** Waits for the commit in the background to end; throws its failure (once). Holding the lock. */
  private void awaitCommit() throws IOException {
    boolean interrupted = false;
    while (committing) {
      try {
        lock.wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    throwWriteFailure();
  }

  /**
   * Throws the failure of the writer thread, if it had one. It stays: no write or commit is taken
   * after it, so the translog keeps what the index may lack until the store is opened again.
   * Holding the lock.
   */
  private void throwWriteFailure() throws IOException {
    Throwable failure = writeFailure;
    if (failure != null) {
      throw new IOException(
          "an earlier write to the post index failed (open the store again to recover it): "
              + failure,
          failure);
    }
  }

  /** Commits now, on close, once the writer thread has stopped. Holding the lock. */
  private void commit() throws IOException {
    awaitCommit();
    long generation = translog.roll();
    CommitData.put(writer, Translog.KEY, generation);
    writer.commit();
    refresh();
    translog.deleteBefore(generation);
    sinceCommit = 0;
  }

  /**
   * Makes every pending post visible to the searcher, the writer thread having stopped or indexed
   * them. Holding the lock.
   */
  private void refresh() throws IOException {
    long upTo = seq;
    searchers.maybeRefreshBlocking();
    prunePending(upTo);
  }

  /** Forgets the pending posts written up to {@code upTo}: a refreshed searcher has them. */
  private void prunePending(long upTo) {
    if (upTo >= seq) {
      pending.clear();
      pendingByKey.clear();
      return;
    }
    Iterator<Pending> it = pending.values().iterator();
    while (it.hasNext()) {
      Pending p = it.next();
      if (p.seq <= upTo) {
        it.remove();
        forgetKeys(p);
      }
    }
  }

  private void addPending(AnalyzedPost post) {
    List<String> sorted = new ArrayList<>(DedupKeys.of(post.post().text()).all());
    sorted.sort(null);
    Pending added = new Pending(post, ++seq, List.copyOf(sorted));
    Pending before = pending.put(post.id(), added);
    if (before != null) {
      forgetKeys(before);
    }
    for (String key : added.keys) {
      Object holders = pendingByKey.putIfAbsent(key, added);
      if (holders instanceof Pending one) {
        // a key shared by a template's posts can have thousands: kept in time order
        NavigableSet<Pending> many = new TreeSet<>(BY_TIME);
        many.add(one);
        many.add(added);
        pendingByKey.put(key, many);
      } else if (holders != null) {
        holdersSet(holders).add(added);
      }
    }
  }

  private void forgetKeys(Pending p) {
    for (String key : p.keys) {
      Object holders = pendingByKey.get(key);
      if (holders == p) {
        pendingByKey.remove(key);
      } else if (holders instanceof Set<?>) {
        NavigableSet<Pending> many = holdersSet(holders);
        many.remove(p);
        if (many.size() == 1) {
          pendingByKey.put(key, many.iterator().next());
        }
      }
    }
  }

  @Override
  public Optional<AnalyzedPost> get(String id) throws StoreException {
    return withCurrentSearcher(
        "get " + id,
        s -> {
          Pending written = pending.get(id);
          if (written != null) {
            return Optional.of(written.post);
          }
          TopDocs top = s.search(new TermQuery(new Term(PostDocuments.ID, id)), 1);
          return top.scoreDocs.length == 0
              ? Optional.empty()
              : Optional.of(load(s.storedFields(), top.scoreDocs[0].doc));
        });
  }

  @Override
  public Map<String, AnalyzedPost> getAll(Collection<String> ids) throws StoreException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return withCurrentSearcher(
        "get " + ids.size() + " posts by id",
        s -> {
          Map<String, AnalyzedPost> found = new HashMap<>();
          List<BytesRef> terms = new ArrayList<>(ids.size());
          for (String id : new TreeSet<>(ids)) {
            Pending written = pending.get(id);
            if (written != null) {
              found.put(id, written.post);
            } else {
              terms.add(new BytesRef(id));
            }
          }
          if (terms.isEmpty()) {
            return found;
          }
          Query byIds = new TermInSetQuery(PostDocuments.ID, terms);
          StoredFields fields = s.storedFields();
          for (ScoreDoc d : s.search(byIds, Math.max(1, terms.size())).scoreDocs) {
            AnalyzedPost p = load(fields, d.doc);
            found.put(p.id(), p);
          }
          return found;
        });
  }

  @Override
  public PostPage search(PostQuery query) throws StoreException {
    Query q = Filters.query(query.text() == null ? null : parse(query.text()), query.filter());
    Sort sort = PageToken.sort(query.sort());
    FieldDoc after = query.after() == null ? null : PageToken.decode(query.sort(), query.after());
    return withSearcher(
        "search '" + query.text() + "'",
        s -> {
          ScoreDoc[] hits =
              s.searchAfter(
                      after == null ? null : PageToken.at(after, s.getIndexReader().maxDoc()),
                      q,
                      query.size() + 1,
                      sort,
                      false)
                  .scoreDocs;
          int n = Math.min(hits.length, query.size());
          List<AnalyzedPost> posts = new ArrayList<>(n);
          StoredFields stored = s.storedFields();
          for (int i = 0; i < n; i++) {
            posts.add(load(stored, hits[i].doc));
          }
          String next = hits.length > n ? PageToken.encode(query.sort(), hits[n - 1]) : null;
          return new PostPage(posts, s.count(q), next);
        });
  }

  @Override
  public long count(PostFilter filter) throws StoreException {
    return withSearcher("count", s -> (long) s.count(Filters.query(null, filter)));
  }

  @Override
  public SortedMap<LocalDate, Long> countPerDay(PostFilter filter, ZoneId zone)
      throws StoreException {
    Objects.requireNonNull(zone, "zone");
    return withSearcher(
        "count per day", s -> s.search(Filters.query(null, filter), new DayCounts(zone)));
  }

  @Override
  public List<TermCount> countBy(Facet facet, PostFilter filter) throws StoreException {
    return termCounts(PostDocuments.field(facet), filter, Integer.MAX_VALUE);
  }

  @Override
  public List<TermCount> topKeywords(PostFilter filter, int limit) throws StoreException {
    return termCounts(PostDocuments.KEYWORD, filter, checkLimit(limit));
  }

  @Override
  public List<AnalyzedPost> topByReach(PostFilter filter, int limit) throws StoreException {
    return top(Filters.query(null, filter), PageToken.sort(PostSort.REACH), checkLimit(limit));
  }

  @Override
  public List<AnalyzedPost> findByDedupKeys(
      Collection<String> keys, Instant from, Instant to, int limit) throws StoreException {
    if (keys.isEmpty()) {
      return List.of();
    }
    // A term set, not a Boolean query: a chunk's keys are thousands, past the clause limit.
    List<BytesRef> terms = new ArrayList<>(keys.size());
    for (String key : new java.util.TreeSet<>(keys)) {
      terms.add(new BytesRef(key));
    }
    Query q = new TermInSetQuery(PostDocuments.DEDUP, terms);
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.toEpochMilli();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1;
      q =
          new BooleanQuery.Builder()
              .add(q, BooleanClause.Occur.MUST)
              .add(
                  LongPoint.newRangeQuery(PostDocuments.CREATED_AT, lo, hi),
                  BooleanClause.Occur.FILTER)
              .build();
    }
    return top(q, PageToken.sort(PostSort.OLDEST), checkLimit(limit));
  }

  @Override
  public List<DedupCandidate> dedupCandidates(
      Collection<String> keys, Instant from, Instant to, int limit) throws StoreException {
    return dedupCandidates(keys, from, to, limit, null);
  }

  /**
   * {@link #dedupCandidates(Collection, Instant, Instant, int)} by a chosen way ({@code scan}: walk
   * the time range's doc values; false: seek the keys; null: the cheaper for this index).
   */
  List<DedupCandidate> dedupCandidates(
      Collection<String> keys, Instant from, Instant to, int limit, Boolean scan)
      throws StoreException {
    if (keys.isEmpty() || checkLimit(limit) == 0) {
      return List.of();
    }
    List<BytesRef> terms = new ArrayList<>(keys.size());
    for (String key : new java.util.TreeSet<>(keys)) {
      terms.add(new BytesRef(key));
    }
    long lo = from == null ? Long.MIN_VALUE : from.toEpochMilli();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1;
    return withCurrentSearcher(
        "dedup candidates",
        s -> {
          int asked = limit;
          List<DedupCandidate> out;
          while (true) {
            List<DedupCandidate> found = indexed(s, terms, lo, hi, asked, scan);
            if (pending.isEmpty()) {
              return found;
            }
            // The pending version of a post replaces its indexed one.
            out = new ArrayList<>(found.size());
            for (DedupCandidate c : found) {
              if (!pending.containsKey(c.id())) {
                out.add(c);
              }
            }
            if (found.size() < asked || out.size() >= limit) {
              // every indexed candidate, or enough that none past them can be in the answer
              break;
            }
            asked += found.size() - out.size();
          }
          Set<Pending> added = new HashSet<>();
          for (String key : keys) {
            Object holders = pendingByKey.get(key);
            if (holders instanceof Pending one) {
              addIfWithin(one, lo, hi, added, out);
            } else if (holders != null) {
              for (Pending p : within(holders, lo, hi)) {
                addIfWithin(p, lo, hi, added, out);
              }
            }
          }
          out.sort(OLDEST_CANDIDATE);
          return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
        });
  }

  /** Adds a pending post created in {@code [lo, hi]} (epoch millis) as a candidate, once. */
  private static void addIfWithin(
      Pending p, long lo, long hi, Set<Pending> added, List<DedupCandidate> out) {
    if (p.at >= lo && p.at <= hi && added.add(p)) {
      out.add(
          new DedupCandidate(
              p.post.id(), p.post.post().createdAt(), p.post.post().replyToId(), p.keys));
    }
  }

  /**
   * The indexed candidates, oldest first, at most {@code limit}: by the key query or by walking the
   * range's doc values ({@code scan}; null: the cheaper, when the range is bounded).
   *
   * <p>Only segments whose posts' creation times overlap the range are searched: an ingest writes
   * posts in roughly the order they were created, so a copy window of a day or two falls inside one
   * or two segments, and the key query no longer seeks every key in every other segment.
   */
  private List<DedupCandidate> indexed(
      IndexSearcher s, List<BytesRef> terms, long lo, long hi, int limit, Boolean scan)
      throws IOException {
    List<LeafReaderContext> leaves = overlapping(s, lo, hi);
    if (leaves.isEmpty()) {
      return List.of();
    }
    boolean bounded = lo != Long.MIN_VALUE;
    boolean byRange =
        scan != null
            ? scan
            : bounded
                && cheaperToScan(
                    s, leaves, LongPoint.newRangeQuery(PostDocuments.CREATED_AT, lo, hi), terms);
    if (byRange) {
      return DedupDocValues.scan(s, lo, hi, new HashSet<>(terms), limit);
    }
    return DedupDocValues.seek(leaves, this::keyFilter, terms, new HashSet<>(terms), lo, hi, limit);
  }

  /**
   * The key filter of a segment, built on first use and dropped when the segment is closed; null
   * (seek every key) for a reader that offers no cache key.
   */
  private DedupKeyFilter keyFilter(LeafReaderContext leaf) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return null;
    }
    IndexReader.CacheKey key = helper.getKey();
    DedupKeyFilter f = keyFilters.get(key);
    if (f == null) {
      f = DedupKeyFilter.of(leaf.reader(), PostDocuments.DEDUP);
      if (f != null && keyFilters.putIfAbsent(key, f) == null) {
        helper.addClosedListener(keyFilters::remove);
      }
    }
    return f;
  }

  /**
   * The segments holding posts created in {@code [lo, hi]} (epoch millis), by their points' bounds
   * (deleted posts included: on the safe side).
   */
  private static List<LeafReaderContext> overlapping(IndexSearcher s, long lo, long hi)
      throws IOException {
    List<LeafReaderContext> all = s.getIndexReader().leaves();
    if (lo == Long.MIN_VALUE && hi == Long.MAX_VALUE) {
      return all;
    }
    List<LeafReaderContext> out = new ArrayList<>(all.size());
    for (LeafReaderContext leaf : all) {
      PointValues points = leaf.reader().getPointValues(PostDocuments.CREATED_AT);
      if (points != null
          && LongPoint.decodeDimension(points.getMaxPackedValue(), 0) >= lo
          && LongPoint.decodeDimension(points.getMinPackedValue(), 0) <= hi) {
        out.add(leaf);
      }
    }
    return out;
  }

  /**
   * Whether walking the posts of a time range costs less than seeking every key in every segment
   * that overlaps the range (one term look-up per key and segment, against {@value #SCAN_COST}
   * doc-value look-ups per post in the range). Counts the range only as far as it takes to decide.
   */
  private static boolean cheaperToScan(
      IndexSearcher s, List<LeafReaderContext> leaves, Query range, List<BytesRef> terms)
      throws IOException {
    long cap = (long) terms.size() * Math.max(1, leaves.size()) / SCAN_COST;
    Weight weight = s.createWeight(s.rewrite(range), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long posts = 0;
    for (LeafReaderContext leaf : leaves) {
      int count = weight.count(leaf);
      if (count >= 0) {
        posts += count;
      } else {
        Scorer scorer = weight.scorer(leaf);
        DocIdSetIterator it = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
        // deleted posts count too: an estimate on the safe side
        while (posts <= cap && it.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
          posts++;
        }
      }
      if (posts > cap) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void forEach(PostFilter filter, Consumer<AnalyzedPost> action) throws StoreException {
    Query q = Filters.query(null, filter);
    Sort byId = new Sort(new SortField(PostDocuments.ID, SortField.Type.STRING));
    // One point-in-time searcher for the whole walk: writes made by the action (re-analysis)
    // neither shift the pages nor show up twice.
    IndexSearcher searcher = acquire();
    try {
      ScoreDoc after = null;
      List<AnalyzedPost> batch;
      do {
        ScoreDoc[] hits = searcher.searchAfter(after, q, BATCH, byId, false).scoreDocs;
        batch = new ArrayList<>(hits.length);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : hits) {
          batch.add(load(stored, hit.doc));
        }
        batch.forEach(action);
        after = hits.length == 0 ? null : hits[hits.length - 1];
      } while (batch.size() == BATCH);
    } catch (IOException | IllegalArgumentException e) {
      throw new StoreException("forEach failed on post index " + dir + ": " + e, e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Commits what was written and closes the index. When the commit fails, the writer is rolled back
   * instead: the translog still holds every upsert, for the next open.
   */
  @Override
  public void close() throws StoreException {
    Exception failure = null;
    ExecutorService thread;
    synchronized (lock) {
      thread = writerThread;
    }
    if (thread != null) {
      // what was upserted is indexed first, and the commit in the background ends
      thread.shutdown();
      try {
        while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
          log.info("closing post index {}: still writing", dir);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = e;
      }
    }
    try {
      synchronized (lock) {
        if (failure == null && writer.isOpen()) {
          commit();
        }
      }
    } catch (IOException | AlreadyClosedException e) {
      failure = e;
    }
    try {
      searchers.close();
      if (failure != null) {
        writer.rollback();
      } else {
        writer.close();
      }
      translog.close();
      directory.close();
    } catch (IOException | AlreadyClosedException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw new StoreException("cannot close post index " + dir + ": " + failure, failure);
    }
  }

  private Query parse(String text) throws StoreException {
    try {
      return parser.parse(text);
    } catch (QuerySyntaxException e) {
      throw new StoreException("bad search query: " + e.getMessage(), e);
    }
  }

  private List<TermCount> termCounts(String field, PostFilter filter, int limit)
      throws StoreException {
    if (limit == 0) {
      return List.of();
    }
    Map<String, Long> counts =
        withSearcher(
            "count " + field, s -> s.search(Filters.query(null, filter), new TermCounts(field)));
    return counts.entrySet().stream()
        .map(e -> new TermCount(e.getKey(), e.getValue()))
        .sorted(MOST_FIRST)
        .limit(limit)
        .toList();
  }

  private List<AnalyzedPost> top(Query q, Sort sort, int limit) throws StoreException {
    if (limit == 0) {
      return List.of();
    }
    return withSearcher(
        "top " + limit,
        s -> {
          List<AnalyzedPost> posts = new ArrayList<>();
          StoredFields stored = s.storedFields();
          for (ScoreDoc hit : s.search(q, limit, sort).scoreDocs) {
            posts.add(load(stored, hit.doc));
          }
          return posts;
        });
  }

  private AnalyzedPost load(StoredFields stored, int doc) throws IOException {
    String text = stored.document(doc).get(PostDocuments.JSON);
    return json.read(text);
  }

  private static int checkLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
    return limit;
  }

  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code f} on the searcher as it is, holding the lock, so {@code f} can answer from it and
   * the pending posts together (they are exactly what it lacks).
   */
  private <T> T withCurrentSearcher(String what, SearcherFunction<T> f) throws StoreException {
    synchronized (lock) {
      return run(what, acquireAsIs(), f);
    }
  }

  private <T> T withSearcher(String what, SearcherFunction<T> f) throws StoreException {
    return run(what, acquire(), f);
  }

  /** Runs {@code f} on an acquired searcher and releases it. */
  private <T> T run(String what, IndexSearcher searcher, SearcherFunction<T> f)
      throws StoreException {
    try {
      return f.apply(searcher);
    } catch (IOException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
      throw new StoreException(what + " failed on post index " + dir + ": " + e, e);
    } finally {
      release(searcher);
    }
  }

  /** A searcher that sees every write (refreshed first when posts are pending). */
  private IndexSearcher acquire() throws StoreException {
    long upTo;
    Future<?> refreshed;
    synchronized (lock) {
      if (pending.isEmpty()) {
        return acquireAsIs();
      }
      // refreshed on the writer thread, after it has indexed what is pending
      upTo = seq;
      try {
        refreshed =
            writerThread()
                .submit(
                    () -> {
                      searchers.maybeRefreshBlocking();
                      return null;
                    });
      } catch (RejectedExecutionException e) {
        throw new StoreException("cannot read post index " + dir + ": it is closed", e);
      }
    }
    try {
      refreshed.get();
    } catch (ExecutionException e) {
      throw new StoreException("cannot refresh post index " + dir + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while refreshing post index " + dir, e);
    }
    synchronized (lock) {
      prunePending(upTo);
      return acquireAsIs();
    }
  }

  /** The searcher as it is, without the pending posts. */
  private IndexSearcher acquireAsIs() throws StoreException {
    try {
      return searchers.acquire();
    } catch (IOException | AlreadyClosedException e) {
      throw new StoreException("cannot read post index " + dir + ": " + e, e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException | AlreadyClosedException e) {
      // Only decrements a reference count; a failure here must not hide the read's outcome.
    }
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        // The open failure is the error worth reporting.
      }
    }
  }
}
