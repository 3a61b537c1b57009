package org.brandpulse.ingest.store.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A Bloom filter of one segment's de-duplication keys: answers "certainly not in this segment" for
 * most keys a look-up asks about, so the look-up seeks the terms dictionary (a block decoded per
 * seek) only for keys the segment may hold. Segments are immutable, so a filter, built once by
 * walking the segment's keys, stays right for the segment's life (deleted posts only make it answer
 * "maybe" for more keys than needed).
 *
 * <p>About 10 bits and 4 hashes per key: under 1% false "maybe"s; 1.3 MB for a million keys.
 */
final class DedupKeyFilter {
  private static final int BITS_PER_KEY = 10;
  private static final int HASHES = 4;

  private final long[] bits;
  private final int mask;

  private DedupKeyFilter(long keys) {
    long wanted = Math.max(64, keys * BITS_PER_KEY);
    // a power of two of bits, at most 2^30
    int log = Math.min(30, 64 - Long.numberOfLeadingZeros(wanted - 1));
    this.bits = new long[(int) ((1L << log) >>> 6)];
    this.mask = (int) ((1L << log) - 1);
  }

  /** The filter of a segment's keys ({@code field}); null when the segment has none. */
  static DedupKeyFilter of(LeafReader reader, String field) throws IOException {
    Terms terms = reader.terms(field);
    if (terms == null) {
      return null;
    }
    long size = terms.size();
    DedupKeyFilter f = new DedupKeyFilter(size >= 0 ? size : reader.maxDoc() * 5L);
    TermsEnum it = terms.iterator();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      f.add(term);
    }
    return f;
  }

  private void add(BytesRef key) {
    int h1 = StringHelper.murmurhash3_x86_32(key, 0x9747b28c);
    int h2 = StringHelper.murmurhash3_x86_32(key, 0x5bd1e995) | 1;
    for (int i = 0; i < HASHES; i++) {
      int bit = (h1 + i * h2) & mask;
      bits[bit >>> 6] |= 1L << bit;
    }
  }

  /** False when the segment certainly holds no post with the key. */
  boolean mightContain(BytesRef key) {
    int h1 = StringHelper.murmurhash3_x86_32(key, 0x9747b28c);
    int h2 = StringHelper.murmurhash3_x86_32(key, 0x5bd1e995) | 1;
    for (int i = 0; i < HASHES; i++) {
      int bit = (h1 + i * h2) & mask;
      if ((bits[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }
}
