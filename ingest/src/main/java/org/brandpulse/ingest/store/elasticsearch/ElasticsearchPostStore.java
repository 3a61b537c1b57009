package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.brandpulse.ingest.AnalyzedPost;
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
 * The scale-out {@link PostStore}: monthly Elasticsearch indices behind one alias (layout in {@link
 * IndexLayout}), through the official Java client.
 *
 * <p>{@link #upsert} writes with a {@code BulkIngester} ({@link EsBulkWriter}: per-item checks,
 * retries with backoff, refused posts reported by id), then refreshes the alias so a read after a
 * write sees it; Elasticsearch fsyncs its translog before acknowledging, so an upsert that returned
 * survives a crash. Searches use {@code search_after} on (sort key, post id), counts use {@code
 * date_histogram} and {@code terms} aggregations, {@link #forEach} walks a point-in-time in id
 * order. Text queries are parsed locally by {@link PostQueryParser} (same syntax, errors and
 * analysis as the Lucene store) and translated by {@link LuceneToEs}. Thread-safe.
 */
public final class ElasticsearchPostStore implements PostStore {

  /** Posts read per request by {@link #forEach} and long top lists. */
  static final int BATCH = 1_000;

  /** Largest page the template allows ({@code index.max_result_window}). */
  static final int MAX_WINDOW = 10_001;

  private final ElasticsearchOptions options;
  private final ElasticsearchClient client;
  private final IndexLayout layout;
  private final EsDocuments documents = new EsDocuments();
  private final PostQueryParser parser = new PostQueryParser(new PostTextAnalyzer());
  private final EsBulkWriter writer;
  private final EsAggregations aggregations;

  private ElasticsearchPostStore(ElasticsearchOptions options, ElasticsearchClient client) {
    this.options = options;
    this.client = client;
    this.layout = new IndexLayout(options);
    this.writer = new EsBulkWriter(client, layout, documents, where());
    this.aggregations = new EsAggregations(client, layout.alias());
  }

  /**
   * Connects, installs (or updates) the index template and makes sure the alias exists.
   *
   * @throws StoreException when the cluster cannot be reached or refuses the template
   */
  public static ElasticsearchPostStore open(ElasticsearchOptions options) throws StoreException {
    Objects.requireNonNull(options, "options");
    ElasticsearchClient client = EsConnection.client(options);
    ElasticsearchPostStore store = new ElasticsearchPostStore(options, client);
    try {
      store.prepare();
      return store;
    } catch (StoreException | RuntimeException e) {
      store.closeQuietly();
      throw e;
    }
  }

  /** The options this store was opened with. */
  public ElasticsearchOptions options() {
    return options;
  }

  /** The read alias, {@code <prefix>-posts}. */
  public String alias() {
    return layout.alias();
  }

  /** The client, for callers that need cluster statistics (benchmarks, health checks). */
  public ElasticsearchClient client() {
    return client;
  }

  private void prepare() throws StoreException {
    String alias = layout.alias();
    call(
        "install index template " + alias,
        () ->
            client
                .indices()
                .putIndexTemplate(
                    t -> t.withJson(new StringReader(layout.templateJson())).name(alias)));
    boolean exists =
        call(
            "look up alias " + alias,
            () -> client.indices().existsAlias(a -> a.name(alias)).value());
    if (exists) {
      // Indices made from an older template lack fields added since (strict mappings would refuse
      // documents that carry them): adding a field to a mapping is allowed in place.
      call(
          "add new fields to the mappings of " + alias,
          () ->
              client
                  .indices()
                  .putMapping(
                      m ->
                          m.index(alias + "-*")
                              .properties(
                                  IndexLayout.FETCHED_AT,
                                  p -> p.date(d -> d.format("epoch_millis")))));
    } else {
      String first = layout.index(Instant.now());
      try {
        call("create index " + first, () -> client.indices().create(c -> c.index(first)));
      } catch (StoreException e) {
        if (!String.valueOf(e.getMessage()).contains("resource_already_exists_exception")) {
          throw e;
        }
      }
    }
  }

  @Override
  public void upsert(Collection<AnalyzedPost> posts) throws StoreException {
    if (posts.isEmpty()) {
      return;
    }
    try {
      writer.write(posts);
    } catch (StoreException e) {
      // Refused posts leave the rest written: make those visible too, then report.
      try {
        refresh();
      } catch (StoreException refreshFailure) {
        e.addSuppressed(refreshFailure);
      }
      throw e;
    }
    refresh();
  }

  private void refresh() throws StoreException {
    call("refresh " + layout.alias(), () -> client.indices().refresh(r -> r.index(layout.alias())));
  }

  @Override
  public Optional<AnalyzedPost> get(String id) throws StoreException {
    Query byId = EsQueries.anyOf(IndexLayout.ID, List.of(id));
    List<AnalyzedPost> found = top("get " + id, byId, EsPageToken.byId(), 1);
    return found.stream().findFirst();
  }

  @Override
  public java.util.Map<String, AnalyzedPost> getAll(Collection<String> ids) throws StoreException {
    java.util.Map<String, AnalyzedPost> found = new java.util.HashMap<>();
    List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
    for (int from = 0; from < sorted.size(); from += MAX_WINDOW - 1) {
      List<String> slice = sorted.subList(from, Math.min(sorted.size(), from + MAX_WINDOW - 1));
      Query byIds = EsQueries.anyOf(IndexLayout.ID, slice);
      for (AnalyzedPost p :
          top("get " + slice.size() + " posts by id", byIds, EsPageToken.byId(), slice.size())) {
        found.put(p.id(), p);
      }
    }
    return found;
  }

  @Override
  public PostPage search(PostQuery query) throws StoreException {
    Query text =
        query.text() == null ? null : LuceneToEs.translate(parse(query.text()), query.text());
    Query q = EsQueries.query(text, query.filter());
    List<FieldValue> after =
        query.after() == null ? null : EsPageToken.decode(query.sort(), query.after());
    SearchResponse<JsonData> r =
        call(
            "search '" + query.text() + "'",
            () ->
                client.search(
                    s -> {
                      request(s, q, EsPageToken.sort(query.sort()), query.size() + 1);
                      s.trackTotalHits(t -> t.enabled(true));
                      return after == null ? s : s.searchAfter(after);
                    },
                    JsonData.class));
    List<Hit<JsonData>> hits = r.hits().hits();
    int n = Math.min(hits.size(), query.size());
    List<AnalyzedPost> posts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      posts.add(load(hits.get(i)));
    }
    String next = hits.size() > n ? EsPageToken.encode(query.sort(), hits.get(n - 1).sort()) : null;
    long total = r.hits().total() == null ? posts.size() : r.hits().total().value();
    return new PostPage(posts, total, next);
  }

  @Override
  public long count(PostFilter filter) throws StoreException {
    Query q = EsQueries.query(null, filter);
    return call("count", () -> client.count(c -> c.index(layout.alias()).query(q)).count());
  }

  @Override
  public SortedMap<LocalDate, Long> countPerDay(PostFilter filter, ZoneId zone)
      throws StoreException {
    Objects.requireNonNull(zone, "zone");
    Query q = EsQueries.query(null, filter);
    return call("count per day", () -> aggregations.perDay(q, zone));
  }

  @Override
  public List<TermCount> countBy(Facet facet, PostFilter filter) throws StoreException {
    String field = IndexLayout.field(facet);
    Query q = EsQueries.query(null, filter);
    return call("count by " + field, () -> aggregations.terms(q, field, EsAggregations.ALL_TERMS));
  }

  @Override
  public List<TermCount> topKeywords(PostFilter filter, int limit) throws StoreException {
    if (checkLimit(limit) == 0) {
      return List.of();
    }
    Query q = EsQueries.query(null, filter);
    return call("top keywords", () -> aggregations.terms(q, IndexLayout.KEYWORD, limit));
  }

  @Override
  public List<AnalyzedPost> topByReach(PostFilter filter, int limit) throws StoreException {
    return top(
        "top by reach",
        EsQueries.query(null, filter),
        EsPageToken.sort(PostSort.REACH),
        checkLimit(limit));
  }

  @Override
  public List<AnalyzedPost> findByDedupKeys(
      Collection<String> keys, Instant from, Instant to, int limit) throws StoreException {
    checkLimit(limit);
    if (keys.isEmpty()) {
      return List.of();
    }
    List<Query> filters = new ArrayList<>();
    filters.add(EsQueries.anyOf(IndexLayout.DEDUP, new TreeSet<>(keys)));
    if (from != null || to != null) {
      filters.add(EsQueries.createdBetween(from, to));
    }
    Query q = Query.of(b -> b.bool(x -> x.filter(filters)));
    return top("find by dedup keys", q, EsPageToken.sort(PostSort.OLDEST), limit);
  }

  @Override
  public void forEach(PostFilter filter, Consumer<AnalyzedPost> action) throws StoreException {
    new EsPointInTimeWalk(client, layout.alias(), this::describe)
        .walk(EsQueries.query(null, filter), BATCH, hit -> action.accept(load(hit)));
  }

  @Override
  public void close() throws StoreException {
    try {
      client.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the client of " + where() + ": " + e, e);
    }
  }

  /** Up to {@code limit} hits in sort order, paging with {@code search_after} past one window. */
  private List<AnalyzedPost> top(String what, Query q, List<SortOptions> sort, int limit)
      throws StoreException {
    List<AnalyzedPost> posts = new ArrayList<>();
    List<FieldValue> after = null;
    while (posts.size() < limit) {
      int size = Math.min(limit - posts.size(), BATCH);
      List<FieldValue> from = after;
      SearchResponse<JsonData> r =
          call(
              what,
              () ->
                  client.search(
                      s -> {
                        request(s, q, sort, size);
                        return from == null ? s : s.searchAfter(from);
                      },
                      JsonData.class));
      List<Hit<JsonData>> hits = r.hits().hits();
      for (Hit<JsonData> hit : hits) {
        posts.add(load(hit));
      }
      if (hits.size() < size) {
        break;
      }
      after = hits.get(hits.size() - 1).sort();
    }
    return posts;
  }

  private void request(SearchRequest.Builder s, Query q, List<SortOptions> sort, int size) {
    s.index(layout.alias())
        .query(q)
        .sort(sort)
        .size(size)
        .trackTotalHits(t -> t.enabled(false))
        .source(src -> src.filter(f -> f.includes(IndexLayout.JSON)));
  }

  private AnalyzedPost load(Hit<JsonData> hit) {
    String json = hit.source().toJson().asJsonObject().getString(IndexLayout.JSON);
    return documents.read(json);
  }

  private org.apache.lucene.search.Query parse(String text) throws StoreException {
    try {
      return parser.parse(text);
    } catch (QuerySyntaxException e) {
      throw new StoreException("bad search query: " + e.getMessage(), e);
    }
  }

  private static int checkLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
    return limit;
  }

  private String where() {
    return "Elasticsearch " + options.urls() + " (alias " + layout.alias() + ")";
  }

  /** One line for a failed call: what, where, and the server's error type and reason. */
  String describe(String what, Exception e) {
    String detail;
    if (e instanceof ElasticsearchException ee && ee.error() != null) {
      detail = ee.status() + " " + ee.error().type() + ": " + ee.error().reason();
      if (!ee.error().rootCause().isEmpty()) {
        detail += " (root cause: " + ee.error().rootCause().get(0).reason() + ")";
      }
    } else {
      detail = String.valueOf(e);
    }
    return what + " failed on " + where() + ": " + detail;
  }

  @FunctionalInterface
  interface EsCall<T> {
    T call() throws IOException;
  }

  private <T> T call(String what, EsCall<T> call) throws StoreException {
    try {
      return call.call();
    } catch (IOException | ElasticsearchException e) {
      throw new StoreException(describe(what, e), e);
    }
  }

  private void closeQuietly() {
    try {
      client.close();
    } catch (IOException suppressed) {
      // The open failure is the error worth reporting.
    }
  }
}
