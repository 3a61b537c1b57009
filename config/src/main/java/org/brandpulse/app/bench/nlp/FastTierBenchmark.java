package org.brandpulse.app.bench.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;

/**
 * Analyses the TweetEval validation texts over and over on one thread and prints posts per second
 * and heap in use.
 *
 * <p>Usage: {@code FastTierBenchmark [tweeteval-val.tsv] [seconds]}; the file defaults to {@code
 * sentiment/tweeteval-val.tsv} under the {@code brandpulse.shared.data} system property (or {@code
 * ../shared/data}), the measured time to 10 seconds after a 3-second warm-up.
 */
public final class FastTierBenchmark {
  private FastTierBenchmark() {}

  /** Runs the benchmark; exit status 2 when the input file is missing. */
  public static void main(String[] args) throws IOException {
    Path file =
        args.length > 0
            ? Path.of(args[0])
            : Path.of(System.getProperty("brandpulse.shared.data", "../shared/data"))
                .resolve("sentiment/tweeteval-val.tsv");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    if (!Files.isRegularFile(file)) {
      System.err.println("FastTierBenchmark: no such file " + file + " (expected label<TAB>text)");
      System.exit(2);
    }
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      texts.add(tab >= 0 ? line.substring(tab + 1) : line);
    }
    TextAnalyzer fast = TextAnalyzers.fast();
    run(fast, texts, 3);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    Result r = run(fast, texts, seconds);
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
    long heapAfter = rt.totalMemory() - rt.freeMemory();
    System.gc();
    long heapSettled = rt.totalMemory() - rt.freeMemory();
    System.out.printf(
        Locale.ROOT,
        "fast tier: %d posts in %.1f s on one thread = %.0f posts/s wall clock, %.0f posts per"
            + " CPU-second (%.1f us CPU/post; %d texts, checksum %d)%nheap used: %.1f MB after load, %.1f MB at end of run, %.1f MB after"
            + " GC; max heap %.0f MB%n",
        r.posts,
        r.nanos / 1e9,
        r.posts / (r.nanos / 1e9),
        r.posts / cpuSeconds,
        cpuSeconds * 1e6 / r.posts,
        texts.size(),
        r.checksum,
        heapBefore / 1048576.0,
        heapAfter / 1048576.0,
        heapSettled / 1048576.0,
        rt.maxMemory() / 1048576.0);
  }

  private record Result(long posts, long nanos, long checksum) {}

  private static Result run(TextAnalyzer analyzer, List<String> texts, double seconds) {
    long budget = (long) (seconds * 1e9);
    long start = System.nanoTime();
    long posts = 0;
    long checksum = 0;
    long elapsed;
    do {
      for (String text : texts) {
        TextAnalysis a = analyzer.analyze(text);
        checksum += a.keywords().size() + a.sentiment().label().ordinal();
      }
      posts += texts.size();
      elapsed = System.nanoTime() - start;
    } while (elapsed < budget);
    return new Result(posts, elapsed, checksum);
  }
}
