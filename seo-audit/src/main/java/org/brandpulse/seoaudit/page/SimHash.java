package org.brandpulse.seoaudit.page;

import java.util.List;

/**
 * Charikar's SimHash over word 3-shingles: similar texts get 64-bit fingerprints that differ in few
 * bits. {@link #similarity} is the share of equal bits; 0.90 means at most 6 of 64 bits differ.
 */
public final class SimHash {

  private SimHash() {}

  /** The fingerprint of a word sequence (0 for no words). */
  public static long of(List<String> words) {
    if (words.isEmpty()) {
      return 0L;
    }
    int[] votes = new int[64];
    int shingle = Math.min(3, words.size());
    for (int i = 0; i + shingle <= words.size(); i++) {
      long h = 0x9e3779b97f4a7c15L;
      for (int j = i; j < i + shingle; j++) {
        h = h * 31 + Words.hash(words.get(j));
      }
      h = Words.hash(Long.toHexString(h));
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  /** The share of equal bits of two fingerprints, from 0.0 to 1.0. */
  public static double similarity(long a, long b) {
    return 1.0 - Long.bitCount(a ^ b) / 64.0;
  }
}
