package org.brandpulse.seoaudit.crawl;

import java.nio.charset.Charset;

/** Charset lookup that never throws on hostile names. */
final class Charsets {

  private Charsets() {}

  static Charset lookup(String name, Charset fallback) {
    if (name == null) {
      return fallback;
    }
    try {
      String n = name.strip();
      if (n.length() >= 2 && (n.startsWith("\"") || n.startsWith("'"))) {
        n = n.substring(1, n.length() - 1);
      }
      return Charset.isSupported(n) ? Charset.forName(n) : fallback;
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
