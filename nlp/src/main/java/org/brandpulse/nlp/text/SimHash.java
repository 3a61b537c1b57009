package org.brandpulse.nlp.text;

import java.util.Arrays;

/**
 * Charikar's SimHash over word shingles, the one implementation for posts (de-duplication keys,
 * which stores index: its bits must never change) and pages (the SEO audit's near-duplicates). Each
 * shingle is hashed to 64 bits with {@link Fingerprint64}, every bit votes +1 or -1, and the hash
 * has a bit set where the votes are positive. Similar shingle sets give hashes that differ in few
 * bits.
 */
public final class SimHash {

  private SimHash() {}

  /**
   * The SimHash of the distinct {@code size}-word shingles of {@code words} (at least one shingle:
   * fewer words than {@code size} make one shingle of them all). Each shingle is the {@link
   * Fingerprint64} of its words, each followed by a space. Each distinct shingle votes once, so a
   * phrase repeated many times does not drown the rest of the text.
   */
  public static long ofShingles(String[] words, int size) {
    return ofShingles(words, size, true);
  }

  /**
   * The SimHash of the {@code size}-word shingles of {@code words}, as {@link #ofShingles(String[],
   * int)}, where with {@code distinct} false every occurrence of a shingle votes: a page's repeated
   * body text then weighs more than a line added to it (the SEO audit's near-duplicates).
   */
  public static long ofShingles(String[] words, int size, boolean distinct) {
    int shingles = Math.max(1, words.length - size + 1);
    long[] hashes = new long[shingles];
    for (int start = 0; start < shingles; start++) {
      long h = Fingerprint64.START;
      for (int i = start; i < Math.min(words.length, start + size); i++) {
        h = Fingerprint64.append(h, words[i]);
        h = Fingerprint64.append(h, " ");
      }
      hashes[start] = Fingerprint64.finish(h);
    }
    // Distinct hashes vote: sorted, each run of equal ones once (no boxing, same votes as a set).
    if (distinct) {
      Arrays.sort(hashes);
    }
    int[] votes = new int[Long.SIZE];
    for (int n = 0; n < hashes.length; n++) {
      if (distinct && n > 0 && hashes[n] == hashes[n - 1]) {
        continue;
      }
      long h = hashes[n];
      for (int bit = 0; bit < Long.SIZE; bit++) {
        votes[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
      }
    }
    long hash = 0;
    for (int bit = 0; bit < Long.SIZE; bit++) {
      if (votes[bit] > 0) {
        hash |= 1L << bit;
      }
    }
    return hash;
  }

  /** Hamming distance of two hashes: the number of differing bits. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** The share of equal bits of two hashes, from 0.0 to 1.0; 0.90 means at most 6 bits differ. */
  public static double similarity(long a, long b) {
    return 1.0 - distance(a, b) / 64.0;
  }
}
