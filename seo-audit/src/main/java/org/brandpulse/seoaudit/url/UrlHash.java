package org.brandpulse.seoaudit.url;

/**
 * A 64-bit hash of a normalised URL (FNV-1a over the UTF-16 code units, finished with the
 * SplitMix64 mixer). With 10 million URLs the chance of any collision is about 3 in a million; a
 * collision makes the crawler skip one URL, never crash.
 */
public final class UrlHash {

  private UrlHash() {}

  /** The hash of {@code url}. */
  public static long of(CharSequence url) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      h ^= c & 0xff;
      h *= 0x100000001b3L;
      h ^= c >>> 8;
      h *= 0x100000001b3L;
    }
    return mix(h ^ url.length());
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
