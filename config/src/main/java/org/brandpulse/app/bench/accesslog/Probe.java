package org.brandpulse.app.bench.accesslog;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.brandpulse.app.bench.accesslog.AccessLogBenchmark.Measure;

/**
 * Measures one pass: wall clock, the JVM's CPU time (all threads, so GC and JIT count) and the sum
 * of the heap pools' peaks (reset after a full GC at the start). {@link #live()} takes a full GC
 * off the clock to see the heap the pass still holds.
 */
final class Probe {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final long wallStart;
  private final long cpuStart;
  private long pausedWall;
  private long pausedCpu;
  private long peak;

  private Probe() {
    wallStart = System.nanoTime();
    cpuStart = OS.getProcessCpuTime();
  }

  /** Collects garbage, resets the heap peaks and starts the clocks. */
  static Probe start() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    return new Probe();
  }

  /** Returns the heap in use after a full GC; the time this takes is not measured. */
  long live() {
    long wall = System.nanoTime();
    long cpu = OS.getProcessCpuTime();
    peak = Math.max(peak, heap(true));
    System.gc();
    long used = heap(false);
    pausedWall += System.nanoTime() - wall;
    pausedCpu += OS.getProcessCpuTime() - cpu;
    return used;
  }

  /** Stops the clocks. */
  Measure stop(long lines, long liveHeap) {
    double wall = (System.nanoTime() - wallStart - pausedWall) / 1e9;
    double cpu = (OS.getProcessCpuTime() - cpuStart - pausedCpu) / 1e9;
    return new Measure(lines, wall, cpu, Math.max(peak, heap(true)), liveHeap);
  }

  private static long heap(boolean peaks) {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += peaks ? pool.getPeakUsage().getUsed() : pool.getUsage().getUsed();
      }
    }
    return sum;
  }
}
