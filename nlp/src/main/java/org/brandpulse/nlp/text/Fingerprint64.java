package org.brandpulse.nlp.text;

/**
 * 64-bit fingerprints of text: FNV-1a over the UTF-16 units, finished with MurmurHash3's 64-bit
 * finaliser ({@code fmix64}), which spreads FNV's weak low bits over the whole word. Not
 * cryptographic; for hash tables, shingles and de-duplication keys. A fingerprint over several
 * pieces is {@code finish(append(append(START, a), b))}.
 */
public final class Fingerprint64 {
  /** FNV-1a's 64-bit offset basis: the state before any text. */
  public static final long START = 0xcbf29ce484222325L;

  private Fingerprint64() {}

  /** The fingerprint of one text. */
  public static long of(CharSequence s) {
    return finish(append(START, s));
  }

  /** The FNV-1a state {@code h} after the UTF-16 units of {@code s}. */
  public static long append(long h, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** MurmurHash3's 64-bit finaliser. */
  public static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
