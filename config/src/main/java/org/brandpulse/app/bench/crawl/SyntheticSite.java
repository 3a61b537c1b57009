package org.brandpulse.app.bench.crawl;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A deterministic N-page site generated on the fly (nothing written to disk): page {@code i} at
 * {@code /p/i.html} links to its ten children {@code 10i+1..10i+10} (so click depth grows as log10
 * N), its parent, its neighbours, the home page and two pseudo-random pages, with about 2 KB of
 * multilingual text. Page 0 is {@code /}.
 */
public final class SyntheticSite {

  private static final String TEXT =
      "Brandpulse keeps an eye on what people say about a brand. বাংলা ভাষায় মতামত। "
          + "آراء العملاء مهمة. 顾客的意见很重要。 Emoji 😀 too. ";

  private final int pages;

  /** A site of {@code pages} pages (at least 1). */
  public SyntheticSite(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("a synthetic site needs at least 1 page, got " + pages);
    }
    this.pages = pages;
  }

  /** The number of pages. */
  public int pages() {
    return pages;
  }

  /** The path of page {@code i}. */
  public static String path(int i) {
    return i == 0 ? "/" : "/p/" + i + ".html";
  }

  /** The HTML of the page at {@code path}, empty when there is none. */
  public Optional<byte[]> page(String path) {
    int i;
    if (path.equals("/")) {
      i = 0;
    } else if (path.startsWith("/p/") && path.endsWith(".html")) {
      try {
        i = Integer.parseInt(path.substring(3, path.length() - 5));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (i <= 0 || i >= pages || !path.equals(path(i))) {
        return Optional.empty();
      }
    } else {
      return Optional.empty();
    }
    return Optional.of(html(i).getBytes(StandardCharsets.UTF_8));
  }

  private String html(int i) {
    StringBuilder b = new StringBuilder(3072);
    b.append("<!DOCTYPE html><html lang=en><head><meta charset=utf-8>")
        .append("<meta name=viewport content='width=device-width'><title>Synthetic page ")
        .append(i)
        .append(" of the Brandpulse benchmark site</title></head><body><h1>Page ")
        .append(i)
        .append("</h1><nav><a href='/'>Home</a>");
    link(b, (i - 1) / 10, "Parent");
    link(b, i - 1, "Previous");
    link(b, i + 1, "Next");
    for (int c = 10 * i + 1; c <= 10 * i + 10; c++) {
      link(b, c, "Child page " + c);
    }
    long h = mix(i);
    link(b, (int) Math.floorMod(h, (long) pages), "Related");
    link(b, (int) Math.floorMod(h >>> 20, (long) pages), "See also");
    b.append("</nav><main>");
    for (int p = 0; p < 8; p++) {
      b.append("<p>").append(TEXT).append(i * 8 + p).append("</p>");
    }
    return b.append("</main></body></html>").toString();
  }

  private void link(StringBuilder b, int target, String text) {
    if (target >= 0 && target < pages) {
      b.append("<a href='").append(path(target)).append("'>").append(text).append("</a> ");
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
