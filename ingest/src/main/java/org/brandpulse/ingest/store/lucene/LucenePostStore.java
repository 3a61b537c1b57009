package org.brandpulse.ingest.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
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

/**
 * The embedded {@link PostStore}: a Lucene index in one directory.
 *
 * <p>One {@link IndexWriter} and a {@link SearcherManager}. Every {@link #upsert} replaces the
 * posts by id, commits (Lucene commits are atomic and fsynced: a crash after {@code upsert} returns
 * loses nothing, a crash during one leaves the previous commit) and refreshes the searcher, so a
 * read after a write sees it. The layout is in {@link PostDocuments}, the stored JSON in {@link
 * PostJson}. Counting reads doc values of the matching documents only; {@link #forEach} pages
 * through one point-in-time searcher by id, so memory stays flat for any index size. Thread-safe.
 */
public final class LucenePostStore implements PostStore {

  /**
   * Doc-value look-ups a de-duplication candidate scan spends per post in the time range (its keys
   * and id), against one term seek per key and segment for the key query.
   */
  private static final int SCAN_COST = 6;

  /** Posts read per batch by {@link #forEach}. */
  static final int BATCH = 1_000;

  private static final Comparator<TermCount> MOST_FIRST =
      Comparator.comparingLong(TermCount::count).reversed().thenComparing(TermCount::term);

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final PostJson json = new PostJson();
  private final PostQueryParser parser;

  private LucenePostStore(Path dir, Directory directory, IndexWriter writer, PostTextAnalyzer a)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.parser = new PostQueryParser(a);
  }

  /**
   * Opens the index in {@code dir}, creating the directory and an empty index when absent, and
   * upgrading an index of an older layout ({@link IndexLayoutVersion}) by re-indexing its posts.
   *
   * @throws StoreException when the directory cannot be used or another process has it open
   */
  public static LucenePostStore open(Path dir) throws StoreException {
    Objects.requireNonNull(dir, "dir");
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
      try {
        IndexLayoutVersion.upgrade(writer, new PostJson());
        writer.commit();
      } catch (IOException | RuntimeException e) {
        try {
          writer.rollback();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
      return new LucenePostStore(dir, directory, writer, analyzer);
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

  @Override
  public void upsert(Collection<AnalyzedPost> posts) throws StoreException {
    if (posts.isEmpty()) {
      return;
    }
    List<Document> docs = new ArrayList<>(posts.size());
    for (AnalyzedPost post : posts) {
      docs.add(PostDocuments.toDocument(post, json.write(post)));
    }
    String first = posts.iterator().next().id();
    try {
      int i = 0;
      for (AnalyzedPost post : posts) {
        writer.updateDocument(new Term(PostDocuments.ID, post.id()), docs.get(i++));
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException | AlreadyClosedException | IllegalArgumentException e) {
      throw new StoreException(
          "cannot write " + posts.size() + " posts (first " + first + ") to " + dir + ": " + e, e);
    }
  }

  @Override
  public Optional<AnalyzedPost> get(String id) throws StoreException {
    return withSearcher(
        "get " + id,
        s -> {
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
    List<BytesRef> terms = new ArrayList<>(ids.size());
    for (String id : new java.util.TreeSet<>(ids)) {
      terms.add(new BytesRef(id));
    }
    Query byIds = new TermInSetQuery(PostDocuments.ID, terms);
    return withSearcher(
        "get " + ids.size() + " posts by id",
        s -> {
          Map<String, AnalyzedPost> found = new java.util.HashMap<>();
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
    Query range = LongPoint.newRangeQuery(PostDocuments.CREATED_AT, lo, hi);
    return withSearcher(
        "dedup candidates",
        s -> {
          boolean byRange = scan != null ? scan : from != null && cheaperToScan(s, range, terms);
          if (byRange) {
            return DedupDocValues.scan(s, range, new HashSet<>(terms), limit);
          }
          Query q =
              new BooleanQuery.Builder()
                  .add(new TermInSetQuery(PostDocuments.DEDUP, terms), BooleanClause.Occur.FILTER)
                  .add(range, BooleanClause.Occur.FILTER)
                  .build();
          return DedupDocValues.read(
              s, s.search(q, limit, PageToken.sort(PostSort.OLDEST)).scoreDocs);
        });
  }

  /**
   * Whether walking the posts of a time range costs less than seeking every key in every segment
   * (one term look-up per key and segment, against {@value #SCAN_COST} doc-value look-ups per post
   * in the range). Counts the range only as far as it takes to decide.
   */
  private static boolean cheaperToScan(IndexSearcher s, Query range, List<BytesRef> terms)
      throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
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

  @Override
  public void close() throws StoreException {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close post index " + dir + ": " + e, e);
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

  private <T> T withSearcher(String what, SearcherFunction<T> f) throws StoreException {
    IndexSearcher searcher = acquire();
    try {
      return f.apply(searcher);
    } catch (IOException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
      throw new StoreException(what + " failed on post index " + dir + ": " + e, e);
    } finally {
      release(searcher);
    }
  }

  private IndexSearcher acquire() throws StoreException {
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
