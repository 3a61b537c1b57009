package org.brandpulse.seoaudit.crawl;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-host politeness: at most {@code parallel} requests in flight to one host, and at least {@code
 * delayMillis} between the starts of two requests to it. Thread-safe.
 */
final class HostGate {

  private static final class Host {
    long delayNanos;
    int parallel;
    int inFlight;
    long nextStart;
  }

  private final Map<String, Host> hosts = new HashMap<>();
  private final long defaultDelayMillis;
  private final int defaultParallel;

  HostGate(long defaultDelayMillis, int defaultParallel) {
    this.defaultDelayMillis = defaultDelayMillis;
    this.defaultParallel = defaultParallel;
  }

  /** Sets a host's delay (e.g. from robots.txt); with a delay only one request runs at a time. */
  synchronized void configure(String host, long delayMillis, int parallelWithoutDelay) {
    Host h = host(host);
    h.delayNanos = Math.max(0, delayMillis) * 1_000_000L;
    h.parallel = delayMillis > 0 ? 1 : Math.max(1, parallelWithoutDelay);
    notifyAll();
  }

  /** Waits until a request to {@code host} may start. */
  synchronized void acquire(String host) throws InterruptedException {
    Host h = host(host);
    while (true) {
      long now = System.nanoTime();
      if (h.inFlight < h.parallel && now - h.nextStart >= 0) {
        h.inFlight++;
        h.nextStart = now + h.delayNanos;
        return;
      }
      long waitNanos = h.inFlight < h.parallel ? h.nextStart - now : 50_000_000L;
      long millis = Math.max(1, waitNanos / 1_000_000L);
      wait(millis);
    }
  }

  /** Marks a request to {@code host} as finished. */
  synchronized void release(String host) {
    host(host).inFlight--;
    notifyAll();
  }

  private Host host(String name) {
    return hosts.computeIfAbsent(
        name,
        n -> {
          Host h = new Host();
          h.delayNanos = defaultDelayMillis * 1_000_000L;
          h.parallel = defaultDelayMillis > 0 ? 1 : defaultParallel;
          h.nextStart = System.nanoTime();
          return h;
        });
  }
}
