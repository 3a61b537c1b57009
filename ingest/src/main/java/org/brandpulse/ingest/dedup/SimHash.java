package org.brandpulse.ingest.dedup;

import java.util.HashSet;
import java.util.Set;

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
    Set<Long> hashes = new HashSet<>(shingles * 2);
    for (int start = 0; start < shingles; start++) {
      long h = 0xcbf29ce484222325L;
      for (int i = start; i < Math.min(words.length, start + size); i++) {
        h = fnv(h, words[i]);
        h = fnv(h, " ");
      }
      hashes.add(mix(h));
    }
    int[] votes = new int[Long.SIZE];
    for (long h : hashes) {
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

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** MurmurHash3's 64-bit finaliser: spreads FNV's weak low bits over the whole word. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
