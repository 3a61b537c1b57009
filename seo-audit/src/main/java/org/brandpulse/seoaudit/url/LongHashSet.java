package org.brandpulse.seoaudit.url;

/**
 * A set of {@code long}s with open addressing: 8 to 16 bytes per element, no boxing. Used as the
 * crawler's seen-set of {@link UrlHash URL hashes}. Thread-safe (all methods synchronized; the
 * crawl does one add per discovered link, far from a bottleneck).
 */
public final class LongHashSet {

  private static final long EMPTY = 0L;
  private long[] table;
  private int size;
  private boolean hasZero;

  /** An empty set sized for about {@code expected} elements before its first resize. */
  public LongHashSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[capacity];
  }

  /** Adds {@code value}; true when it was not in the set yet. */
  public synchronized boolean add(long value) {
    if (value == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      size += added ? 1 : 0;
      return added;
    }
    if ((size + 1) * 2L > table.length) {
      grow();
    }
    return insert(table, value);
  }

  /** Whether {@code value} is in the set. */
  public synchronized boolean contains(long value) {
    if (value == EMPTY) {
      return hasZero;
    }
    int mask = table.length - 1;
    for (int i = (int) UrlHash.mix(value) & mask; ; i = (i + 1) & mask) {
      long v = table[i];
      if (v == EMPTY) {
        return false;
      }
      if (v == value) {
        return true;
      }
    }
  }

  /** The number of elements. */
  public synchronized int size() {
    return size;
  }

  private boolean insert(long[] t, long value) {
    int mask = t.length - 1;
    for (int i = (int) UrlHash.mix(value) & mask; ; i = (i + 1) & mask) {
      long v = t[i];
      if (v == EMPTY) {
        t[i] = value;
        if (t == table) {
          size++;
        }
        return true;
      }
      if (v == value) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = table;
    long[] bigger = new long[old.length * 2];
    for (long v : old) {
      if (v != EMPTY) {
        int mask = bigger.length - 1;
        int i = (int) UrlHash.mix(v) & mask;
        while (bigger[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        bigger[i] = v;
      }
    }
    table = bigger;
  }
}
