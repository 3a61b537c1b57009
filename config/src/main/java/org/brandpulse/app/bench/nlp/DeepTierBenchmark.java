package org.brandpulse.app.bench.nlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.deep.CoreNlpAnalyzer;

/**
 * Runs the deep tier once over the first n texts of a {@code label<TAB>text} file on one thread and
 * prints accuracy, macro-recall, how many texts it delegated to the fast tier, posts per second
 * (wall clock and per CPU-second of the analysing thread), model load time and heap.
 *
 * <p>Usage: {@code DeepTierBenchmark [tweeteval-val.tsv] [n]}; the file defaults to {@code
 * sentiment/tweeteval-val.tsv} under the {@code brandpulse.shared.data} system property (or {@code
 * ../shared/data}), n to 500. Give the JVM {@code -Xmx2g}: CoreNLP's models need about 1 GB.
 */
public final class DeepTierBenchmark {
  private DeepTierBenchmark() {}

  /** One labelled text. */
  public record Labeled(SentimentLabel label, String text) {}

  /**
   * What one run measured.
   *
   * @param n texts analysed
   * @param delegated texts the deep tier passed to the fast tier (not judged English); their labels
   *     are the fast tier's
   * @param accuracy share of texts whose label was right
   * @param macroRecall mean over the three classes of the share of each class found
   * @param postsPerSecond texts per second of wall-clock time
   * @param postsPerCpuSecond texts per CPU-second of the analysing thread (per core)
   * @param loadSeconds wall-clock time of the first analysis, which loads the models
   * @param heapAfterGcMb heap in use after the run and a GC (models and caches), MiB
   * @param peakHeapMb the heap pools' peak use over the JVM's life, MiB
   */
  public record Result(
      int n,
      int delegated,
      double accuracy,
      double macroRecall,
      double postsPerSecond,
      double postsPerCpuSecond,
      double loadSeconds,
      double heapAfterGcMb,
      double peakHeapMb) {}

  /** Runs the benchmark; exit status 2 when the input file is missing. */
  public static void main(String[] args) throws IOException {
    Path file =
        args.length > 0
            ? Path.of(args[0])
            : Path.of(System.getProperty("brandpulse.shared.data", "../shared/data"))
                .resolve("sentiment/tweeteval-val.tsv");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    if (!Files.isRegularFile(file)) {
      System.err.println("DeepTierBenchmark: no such file " + file + " (expected label<TAB>text)");
      System.exit(2);
    }
    Result r = run(new CoreNlpAnalyzer(), read(file, n));
    System.out.printf(
        Locale.ROOT,
        "deep tier on %s: n=%d (%d delegated to the fast tier) accuracy=%.3f macro-recall=%.3f%n"
            + "%.1f posts/s wall clock, %.1f posts per CPU-second (one thread); model load %.1f s%n"
            + "heap: %.0f MB after GC, %.0f MB peak; max heap %.0f MB%n",
        file.getFileName(),
        r.n(),
        r.delegated(),
        r.accuracy(),
        r.macroRecall(),
        r.postsPerSecond(),
        r.postsPerCpuSecond(),
        r.loadSeconds(),
        r.heapAfterGcMb(),
        r.peakHeapMb(),
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  /**
   * Reads the first {@code n} rows of a {@code label<TAB>text} file.
   *
   * @throws IOException when the file cannot be read, or names a row {@code file:line} whose label
   *     is not negative, neutral or positive
   */
  public static List<Labeled> read(Path file, int n) throws IOException {
    List<Labeled> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size() && out.size() < n; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      SentimentLabel label;
      try {
        label = SentimentLabel.parse(tab < 0 ? "" : line.substring(0, tab));
      } catch (IllegalArgumentException e) {
        String clip = line.length() > 40 ? line.substring(0, 40) + "..." : line;
        throw new IOException(
            file + ":" + (i + 1) + ": expected negative|neutral|positive<TAB>text, got " + clip, e);
      }
      out.add(new Labeled(label, line.substring(tab + 1)));
    }
    return out;
  }

  /** Analyses every text once on the calling thread; the first analysis is timed as model load. */
  public static Result run(TextAnalyzer analyzer, List<Labeled> data) {
    long loadStart = System.nanoTime();
    analyzer.analyze("Loading the models takes a while.");
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int[][] confusion = new int[3][3];
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int delegated = 0;
    for (Labeled row : data) {
      TextAnalysis a = analyzer.analyze(row.text());
      delegated += a.tier().equals(analyzer.tier()) ? 0 : 1;
      confusion[row.label().ordinal()][a.sentiment().label().ordinal()]++;
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    double heapAfterGc = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    int correct = 0;
    double recallSum = 0;
    int classes = 0;
    for (int g = 0; g < 3; g++) {
      correct += confusion[g][g];
      int total = confusion[g][0] + confusion[g][1] + confusion[g][2];
      if (total > 0) {
        recallSum += confusion[g][g] / (double) total;
        classes++;
      }
    }
    int n = data.size();
    return new Result(
        n,
        delegated,
        n == 0 ? 0 : correct / (double) n,
        classes == 0 ? 0 : recallSum / classes,
        n / wall,
        n / cpu,
        loadSeconds,
        heapAfterGc,
        peak / 1048576.0);
  }
}
