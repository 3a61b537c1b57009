package org.brandpulse.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.app.cli.AppContext;
import org.brandpulse.app.demo.DemoDataGenerator;
import org.brandpulse.app.ingest.BrandDirectory;
import org.brandpulse.app.ingest.IngestProgress;
import org.brandpulse.app.ingest.IngestResult;
import org.brandpulse.app.ingest.PostIngestion;
import org.brandpulse.app.ingest.SourceFactory;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.app.settings.SourceSettings;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.dedup.Deduplicator;
import org.brandpulse.ingest.match.BrandMatcher;
import org.brandpulse.ingest.pipeline.Outcome;
import org.brandpulse.ingest.pipeline.PostPipeline;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.nlp.TextAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures {@code ingestPosts} on copies of the demo data set, stage by stage in one run: reading
 * the sources alone (the floor), reading plus brand matching and analysis, and the whole job
 * (de-duplication, Lucene upserts with a commit per chunk, the JDBC job repository). Prints posts
 * per second for each and the peak heap of the whole job.
 */
public final class IngestBenchmark {

  /** Posts per pipeline call, as the demo configuration's ingest.chunkSize. */
  private static final int CHUNK = 500;

  /** One measured stage. */
  public record Stage(String name, long posts, double seconds) {
    public double postsPerSecond() {
      return seconds == 0 ? 0 : posts / seconds;
    }
  }

  private IngestBenchmark() {}

  /** Writes {@code sets} demo data sets and a configuration reading all of them. */
  static Path prepare(Path dir, int sets) throws IOException {
    Files.createDirectories(dir);
    StringBuilder yaml = new StringBuilder();
    yaml.append(
        """
        dataDir: data
        brands:
          - name: Bazarly
            query: 'bazarly OR "bazarly.com" OR bazarly_help OR বাজারলি'
            handles: [bazarly, bazarly_help]
            competitors:
              - {name: ShopNest, query: 'shopnest OR "shop nest"', handles: [shopnest]}
              - {name: Dhakart, query: 'dhakart OR ঢাকার্ট', handles: [dhakart]}
        sources:
        """);
    LocalDate lastDay = LocalDate.of(2026, 11, 27);
    for (int i = 1; i <= sets; i++) {
      String set = "set-" + i;
      DemoDataGenerator.generate(dir.resolve(set), lastDay, i);
      yaml.append(
          String.format(
              Locale.ROOT,
              """
                - {name: social-%1$d, type: jsonl, paths: [%2$s/social.jsonl], mapping: {preset: twitter-v1}, sourceKey: social-%1$d}
                - {name: listening-%1$d, type: csv, paths: [%2$s/listening.csv], mapping: {preset: listening-tool}, sourceKey: listening-%1$d}
                - {name: news-%1$d, type: feed, urls: [%2$s/news.rss.xml]}
                - {name: blogs-%1$d, type: feed, urls: [%2$s/blog.atom.xml]}
              """,
              i,
              set));
    }
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(config, yaml);
    return config;
  }

  /** Runs the three stages and prints them. */
  public static List<Stage> run(Path dir, int sets, PrintWriter out) throws Exception {
    Path config = prepare(dir, sets);
    BrandpulseSettings settings = SettingsLoader.load(config);
    List<Stage> stages = new ArrayList<>();
    Instant runAt = Instant.parse("2026-11-28T00:00:00Z");
    try (ConfigurableApplicationContext ctx = AppContext.start(settings)) {
      SourceFactory factory = ctx.getBean(SourceFactory.class);
      // Warm-up: one pass over the first set, so models are loaded and the JIT has compiled.
      PostStore store = ctx.getBean(PostStore.class);
      readAll(settings.sources().subList(0, 4), factory, runAt, pipeline(ctx, store));
      stages.add(
          timed("read sources only", () -> readAll(settings.sources(), factory, runAt, null)));
      stages.add(
          timed(
              "read + the post pipeline (no store writes)",
              () -> readAll(settings.sources(), factory, runAt, pipeline(ctx, store))));
      resetPeaks();
      long start = System.nanoTime();
      IngestResult result =
          ctx.getBean(PostIngestion.class).run(runAt, List.of(), IngestProgress.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      stages.add(new Stage("whole ingestPosts job", result.read(), seconds));
      long peak = peakHeap();
      print(out, sets, stages, result, peak);
    }
    return stages;
  }

  private interface Counted {
    long run() throws Exception;
  }

  private static Stage timed(String name, Counted work) throws Exception {
    long start = System.nanoTime();
    long posts = work.run();
    return new Stage(name, posts, (System.nanoTime() - start) / 1e9);
  }

  /** The job's own pipeline (match, own handle, de-duplicate against the store, analyse). */
  private static PostPipeline pipeline(ConfigurableApplicationContext ctx, PostStore store) {
    return new PostPipeline(
        ctx.getBean(BrandMatcher.class),
        ctx.getBean(BrandDirectory.class),
        new Deduplicator(store),
        ctx.getBean(TextAnalyzer.class));
  }

  private static long readAll(
      List<SourceSettings> sources, SourceFactory factory, Instant runAt, PostPipeline pipeline)
      throws Exception {
    long posts = 0;
    long sink = 0;
    for (SourceSettings s : sources) {
      try (PostSource source = factory.create(s, Clock.fixed(runAt, ZoneOffset.UTC))) {
        String cursor = null;
        while (true) {
          SourcePage page = source.fetch(cursor);
          posts += page.posts().size();
          if (pipeline != null) {
            for (int i = 0; i < page.posts().size(); i += CHUNK) {
              List<Post> chunk = page.posts().subList(i, Math.min(page.posts().size(), i + CHUNK));
              for (Outcome o : pipeline.process(chunk)) {
                if (o instanceof Outcome.Keep k) {
                  sink += k.post().analysis().keywords().size();
                }
              }
            }
          }
          cursor = page.nextCursor();
          if (page.last()) {
            break;
          }
        }
      }
    }
    // The sink keeps the analyses observable, so the JIT cannot drop the work being measured.
    return sink < 0 ? -1 : posts;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void print(
      PrintWriter out, int sets, List<Stage> stages, IngestResult result, long peak) {
    out.printf(
        Locale.ROOT,
        "Ingest benchmark: %d copies of the demo data set (%d posts read, %d stored), one thread,"
            + " max heap %d MB, %s%n",
        sets,
        result.read(),
        result.stored(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    out.printf(Locale.ROOT, "  %-34s %9s %9s %11s%n", "stage", "posts", "seconds", "posts/s");
    for (Stage s : stages) {
      out.printf(
          Locale.ROOT,
          "  %-34s %9d %9.2f %11.0f%n",
          s.name(),
          s.posts(),
          s.seconds(),
          s.postsPerSecond());
    }
    out.printf(
        Locale.ROOT,
        "  peak heap used during the job: %d MB (sum of heap pool peaks)%n",
        peak >> 20);
    out.flush();
  }
}
