package org.brandpulse.app.demo.accesslog;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Collects generated hits with their write times (request time plus a response time of up to 1.5 s,
 * and up to 8 s for one request in a hundred) and response sizes.
 */
final class Emitter {

  private final SplittableRandom random;
  private final List<Hit> pending = new ArrayList<>();
  private long seq;
  private int count;

  Emitter(SplittableRandom random) {
    this.random = random;
  }

  void hit(long t, String ip, String method, String target, int status, String ref, String ua) {
    long bytes =
        switch (status) {
          case 200 -> SiteCatalog.bytes(target, random);
          case 404 -> 1_200 + random.nextInt(300);
          default -> 0;
        };
    add(new Hit(t, t + latency(), seq++, ip, method, target, status, bytes, ref, ua, null));
  }

  /** A raw line; {@code {time}} in it is replaced by the formatted time. */
  void raw(long t, String line) {
    add(new Hit(t, t + latency(), seq++, null, null, null, 0, 0, null, null, line));
  }

  private void add(Hit hit) {
    pending.add(hit);
    count++;
  }

  private long latency() {
    return random.nextInt(100) == 0 ? random.nextInt(8_000) : random.nextInt(1_500);
  }

  /** Lines emitted so far. */
  int count() {
    return count;
  }

  /** Removes and returns the hits written before {@code until}, in write order. */
  List<Hit> drain(long until) {
    pending.sort(
        (a, b) ->
            a.writeAt() != b.writeAt()
                ? Long.compare(a.writeAt(), b.writeAt())
                : Long.compare(a.seq(), b.seq()));
    int n = 0;
    while (n < pending.size() && pending.get(n).writeAt() < until) {
      n++;
    }
    List<Hit> out = new ArrayList<>(pending.subList(0, n));
    pending.subList(0, n).clear();
    return out;
  }
}
