package org.brandpulse.ingest.dedup;

import java.util.Arrays;
import org.brandpulse.nlp.text.Fingerprint64;

/**
 * Charikar's SimHash over word shingles: each shingle is hashed to 64 bits, every bit votes +1 or
 * -1, and the hash has a bit set where the votes are positive. Similar shingle sets give hashes
 * that differ in few bits.
 */
final class SimHash {

  private SimHash() {}

  /**
   * The SimHash of the distinct {@code size}-word shingles of {@code words} (at least one shingle).
   * Each distinct shingle votes once, so a phrase repeated many times does not drown the rest of
   * the text.
   */
  static long ofShingles(String[] words, int size) {
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
    Arrays.sort(hashes);
    int[] votes = new int[Long.SIZE];
    for (int n = 0; n < hashes.length; n++) {
      if (n > 0 && hashes[n] == hashes[n - 1]) {
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
}
