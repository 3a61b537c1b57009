package org.brandpulse.seoaudit.url;

import org.brandpulse.nlp.text.Fingerprint64;

/**
 * A 64-bit hash of a normalised URL: the {@link Fingerprint64} of its text, the one 64-bit text
 * fingerprint of the project. With 10 million URLs the chance of any collision is about 3 in a
 * million; a collision makes the crawler skip one URL, never crash.
 */
public final class UrlHash {

  private UrlHash() {}

  /** The hash of {@code url}. */
  public static long of(CharSequence url) {
    return Fingerprint64.of(url);
  }

  /** Spreads a hash over all 64 bits (for hash-table slots): {@link Fingerprint64#finish}. */
  static long mix(long z) {
    return Fingerprint64.finish(z);
  }
}
