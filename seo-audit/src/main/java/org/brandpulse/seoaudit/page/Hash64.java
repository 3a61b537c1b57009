package org.brandpulse.seoaudit.page;

/** A 64-bit string hash (FNV-1a over UTF-16 units, SplitMix64 finish) for duplicate detection. */
public final class Hash64 {

  private Hash64() {}

  /** The hash of {@code s}. */
  public static long of(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= s.length();
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
