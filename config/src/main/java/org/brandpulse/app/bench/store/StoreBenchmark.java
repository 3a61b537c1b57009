package org.brandpulse.app.bench.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.Stats;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.Facet;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostQuery;
import org.brandpulse.ingest.store.PostSort;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.elasticsearch.ElasticsearchOptions;
import org.brandpulse.ingest.store.elasticsearch.ElasticsearchPostStore;
import org.brandpulse.ingest.store.lucene.LucenePostStore;

/**
 * Indexes the same N generated posts ({@link BenchmarkPosts}) into the embedded Lucene store and,
 * given a node, into Elasticsearch in one run, printing posts per second and heap for each, then
 * the latency of the report queries side by side (median of 5 runs after one warm-up).
 *
 * <p>Usage: {@code StoreBenchmark [--es-url=http://127.0.0.1:9200] [--posts=1000000] [--batch=5000]
 * [--prefix=bench] [--lucene-dir=<temp dir, deleted afterwards>]}; without {@code --es-url} only
 * the Lucene store is measured. The Elasticsearch indices {@code <prefix>-posts-*} are deleted
 * first. Credentials, when needed, come from {@code ES_API_KEY} or {@code ES_USERNAME}/{@code
 * ES_PASSWORD}.
 */
public final class StoreBenchmark {

  private static final int RUNS = 5;

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  private final int posts;
  private final int batch;

  private StoreBenchmark(int posts, int batch) {
    this.posts = posts;
    this.batch = batch;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      a.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    ElasticsearchOptions options = null;
    if (a.containsKey("es-url")) {
      options =
          ElasticsearchOptions.of(URI.create(a.get("es-url")))
              .withIndexPrefix(a.getOrDefault("prefix", "bench"))
              .withShards(1, 0);
      if (System.getenv("ES_API_KEY") != null) {
        options = options.withApiKey(System.getenv("ES_API_KEY"));
      } else if (System.getenv("ES_USERNAME") != null) {
        options = options.withBasicAuth(System.getenv("ES_USERNAME"), System.getenv("ES_PASSWORD"));
      }
    }
    StoreBenchmark bench =
        new StoreBenchmark(
            Integer.parseInt(a.getOrDefault("posts", "1000000")),
            Integer.parseInt(a.getOrDefault("batch", "5000")));
    boolean temp = !a.containsKey("lucene-dir");
    Path dir = temp ? Files.createTempDirectory("store-benchmark") : Path.of(a.get("lucene-dir"));
    try {
      bench.run(dir, options);
    } finally {
      if (temp) {
        delete(dir);
      }
    }
  }

  /**
   * Measures the Lucene store in {@code dir} and, when {@code options} is not null, the cluster.
   */
  private void run(Path dir, ElasticsearchOptions options) throws Exception {
    out.printf(Locale.ROOT, "%,d posts in upserts of %,d%n", posts, batch);
    List<String> names = new ArrayList<>();
    List<PostStore> stores = new ArrayList<>();
    try (LucenePostStore lucene = LucenePostStore.open(dir);
        ElasticsearchPostStore es = options == null ? null : openEmpty(options)) {
      load("lucene", lucene);
      out.printf(Locale.ROOT, "  lucene index on disk: %,d MB%n", size(dir) >> 20);
      names.add("lucene");
      stores.add(lucene);
      if (es != null) {
        load("elasticsearch", es);
        out.printf(Locale.ROOT, "  elasticsearch node heap: %s%n", nodeHeap(es.client()));
        names.add("elasticsearch");
        stores.add(es);
      }
      out.printf(Locale.ROOT, "%n%-34s", "query (median ms)");
      for (String name : names) {
        out.printf(Locale.ROOT, " %12s", name);
      }
      out.println();
      for (Map.Entry<String, Query> q : queries().entrySet()) {
        out.printf(Locale.ROOT, "%-34s", q.getKey());
        for (PostStore store : stores) {
          out.printf(Locale.ROOT, " %12.1f", median(q.getValue(), store));
        }
        out.println();
      }
    }
  }

  /** The cluster's store after deleting the benchmark's old indices. */
  private static ElasticsearchPostStore openEmpty(ElasticsearchOptions options) throws Exception {
    // The store's own client (the connection helper is the library's): opened once to delete the
    // old indices, then opened again so that it prepares the template and indices afresh.
    try (ElasticsearchPostStore first = ElasticsearchPostStore.open(options)) {
      ElasticsearchClient admin = first.client();
      // by name: clusters refuse wildcard deletes unless action.destructive_requires_name is off
      List<String> old =
          new ArrayList<>(
              admin
                  .indices()
                  .get(g -> g.index(options.indexPrefix() + "-posts-*").allowNoIndices(true))
                  .indices()
                  .keySet());
      if (!old.isEmpty()) {
        admin.indices().delete(d -> d.index(old));
      }
    }
    return ElasticsearchPostStore.open(options);
  }

  private void load(String name, PostStore store) throws StoreException {
    long start = System.nanoTime();
    List<AnalyzedPost> buffer = new ArrayList<>(batch);
    for (int i = 0; i < posts; i++) {
      buffer.add(BenchmarkPosts.post(i));
      if (buffer.size() == batch || i == posts - 1) {
        store.upsert(buffer);
        buffer.clear();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long count = store.count(PostFilter.ALL);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "%-13s %,d posts in %.1f s: %,.0f posts/s; count %,d; client heap used %d MB (max %d MB)%n",
        name,
        posts,
        seconds,
        posts / seconds,
        count,
        (rt.totalMemory() - rt.freeMemory()) >> 20,
        rt.maxMemory() >> 20);
  }

  @FunctionalInterface
  private interface Query {
    Object run(PostStore store) throws StoreException;
  }

  private Map<String, Query> queries() {
    PostFilter all = PostFilter.ALL;
    Instant mid = BenchmarkPosts.T0.plusSeconds(posts * 37L / 2);
    PostFilter month = all.between(mid, mid.plusSeconds(30L * 86_400));
    Map<String, Query> q = new LinkedHashMap<>();
    q.put("count (all)", s -> s.count(all));
    q.put("count (30 days, negative)", s -> s.count(month.sentiments(negativeOnly())));
    q.put("countPerDay (all, Asia/Dhaka)", s -> s.countPerDay(all, ZoneId.of("Asia/Dhaka")));
    for (Facet f : Facet.values()) {
      q.put("countBy " + f.name().toLowerCase(Locale.ROOT), s -> s.countBy(f, all));
    }
    q.put("topKeywords 20", s -> s.topKeywords(all, 20));
    q.put("topByReach 10", s -> s.topByReach(all, 10));
    q.put("search 'late AND parcel*' p1", s -> s.search(text("late AND parcel*")));
    q.put("search 'দেরি' p1", s -> s.search(text("দেরি")));
    return q;
  }

  private static java.util.Set<org.brandpulse.nlp.SentimentLabel> negativeOnly() {
    return java.util.Set.of(org.brandpulse.nlp.SentimentLabel.NEGATIVE);
  }

  private static PostQuery text(String query) {
    return new PostQuery(query, PostFilter.ALL, PostSort.NEWEST, 20, null);
  }

  private static double median(Query q, PostStore store) throws StoreException {
    q.run(store);
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      q.run(store);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[RUNS / 2];
  }

  private static String nodeHeap(ElasticsearchClient client) throws IOException {
    StringBuilder s = new StringBuilder();
    for (Stats node : client.nodes().stats(n -> n.metric("jvm")).nodes().values()) {
      s.append(
          String.format(
              Locale.ROOT,
              "%s %d MB used of %d MB",
              node.name(),
              node.jvm().mem().heapUsedInBytes() >> 20,
              node.jvm().mem().heapMaxInBytes() >> 20));
    }
    return s.toString();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long total = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
