package org.brandpulse.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.TextAnalyzer;

/**
 * Posts per second per core, and heap, of an analysis tier on the same texts: one thread, after a
 * warm-up pass, timed by the thread's CPU time (so "per core" holds on a busy machine) and by the
 * wall clock. Each timed pass is also timed on its own: on a virtual machine whose host is busy the
 * guest's CPU time includes time stolen by the host, and the median pass is the figure such bursts
 * move least.
 */
public final class NlpBenchmark {

  /** One tier's figures. */
  public record Figures(
      String tier,
      long posts,
      double cpuSeconds,
      double wallSeconds,
      double warmUpSeconds,
      long heapAfterMb,
      long peakHeapMb,
      double medianPassPostsPerCoreSecond) {

    /** Posts per CPU-second of the analysing thread. */
    public double postsPerCoreSecond() {
      return cpuSeconds == 0 ? 0 : posts / cpuSeconds;
    }

    public double postsPerWallSecond() {
      return wallSeconds == 0 ? 0 : posts / wallSeconds;
    }
  }

  private NlpBenchmark() {}

  /** Analyses {@code passes} times every text (after one untimed warm-up pass). */
  public static Figures measure(
      String name, TextAnalyzer analyzer, List<String> texts, int passes) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warm = System.nanoTime();
    long sink = 0;
    for (String t : texts) {
      sink += analyzer.analyze(t).keywords().size();
    }
    double warmUp = (System.nanoTime() - warm) / 1e9;
    // Two more untimed passes for the JIT (a short run measures the interpreter, not the code).
    for (int p = 0; p < Math.min(2, passes); p++) {
      for (String t : texts) {
        sink += analyzer.analyze(t).keywords().size();
      }
    }
    resetPeaks();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    long[] passNanos = new long[passes];
    for (int p = 0; p < passes; p++) {
      long start = threads.getCurrentThreadCpuTime();
      for (String t : texts) {
        sink += analyzer.analyze(t).keywords().size();
      }
      passNanos[p] = threads.getCurrentThreadCpuTime() - start;
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    java.util.Arrays.sort(passNanos);
    long median = passes == 0 ? 0 : passNanos[passes / 2];
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    long peak = peakHeap();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long after = rt.totalMemory() - rt.freeMemory();
    return new Figures(
        name,
        (long) texts.size() * passes + (sink < 0 ? 1 : 0),
        cpuSeconds,
        wallSeconds,
        warmUp,
        after >> 20,
        peak >> 20,
        median == 0 ? 0 : texts.size() / (median / 1e9));
  }

  /** Prints tiers side by side with the speed-up of the first over each other. */
  public static void print(PrintWriter out, List<Figures> tiers) {
    out.printf(
        Locale.ROOT,
        "  %-6s %8s %14s %14s %12s %12s %14s %12s%n",
        "tier",
        "posts",
        "posts/core-s",
        "median pass",
        "posts/wall-s",
        "first pass s",
        "heap after MB",
        "peak heap MB");
    for (Figures f : tiers) {
      out.printf(
          Locale.ROOT,
          "  %-6s %8d %14.1f %14.1f %12.1f %12.2f %14d %12d%n",
          f.tier(),
          f.posts(),
          f.postsPerCoreSecond(),
          f.medianPassPostsPerCoreSecond(),
          f.postsPerWallSecond(),
          f.warmUpSeconds(),
          f.heapAfterMb(),
          f.peakHeapMb());
    }
    Figures first = tiers.get(0);
    for (Figures f : tiers.subList(1, tiers.size())) {
      out.printf(
          Locale.ROOT,
          "  %s does %.2fx the posts of %s per core%n",
          first.tier(),
          first.postsPerCoreSecond() / Math.max(1e-9, f.postsPerCoreSecond()),
          f.tier());
    }
    out.flush();
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
}
