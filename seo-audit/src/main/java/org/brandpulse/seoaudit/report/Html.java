package org.brandpulse.seoaudit.report;

import org.jsoup.nodes.Entities;

/** Escaping for text from crawled pages placed into HTML (element content and attributes). */
public final class Html {

  private Html() {}

  /**
   * {@code s} with {@code & < > " '} and no-break spaces replaced by entities (jsoup's escaping,
   * the one the whole product uses); null becomes "".
   */
  public static String escape(String s) {
    return s == null ? "" : Entities.escape(s);
  }

  /** JSON text made safe inside a {@code <script>} element ({@code <}, {@code >}, {@code &}). */
  public static String scriptSafe(String json) {
    return json.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }
}
