package org.brandpulse.seoaudit.sitemap;

import java.util.List;
import java.util.Objects;

/**
 * One sitemap (or sitemap index) as fetched and parsed, for the sitemap checks.
 *
 * @param url the normalised sitemap URL
 * @param source how it was found: {@code robots}, {@code option}, {@code index} or {@code probe}
 * @param parent the index that listed it, or null
 * @param status HTTP status, -1 when unreachable
 * @param errors problems, each naming the place: unparseable XML, unknown format, over 50,000 URLs
 *     or 50 MB, relative or invalid {@code <loc>}, URLs of another host; empty when valid
 * @param index whether it is a sitemap index
 * @param gzipped whether the content was gzip-compressed
 * @param byteSize the uncompressed size in bytes
 * @param urlCount the number of page URLs listed (valid ones)
 * @param relativeLocs relative {@code <loc>} values found, at most 100
 * @param urls the page URLs listed, normalised, in order (empty for an index)
 * @param sitemaps the child sitemap URLs of an index, normalised (empty otherwise)
 */
public record SitemapInfo(
    String url,
    String source,
    String parent,
    int status,
    List<String> errors,
    boolean index,
    boolean gzipped,
    long byteSize,
    long urlCount,
    List<String> relativeLocs,
    List<String> urls,
    List<String> sitemaps) {

  /** Validates and copies. */
  public SitemapInfo {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    errors = List.copyOf(errors);
    relativeLocs = List.copyOf(relativeLocs);
    urls = List.copyOf(urls);
    sitemaps = List.copyOf(sitemaps);
  }

  /** Whether no problem was found. */
  public boolean valid() {
    return errors.isEmpty();
  }

  /** A copy with {@code error} replacing the errors (for fetch failures). */
  public SitemapInfo withError(String error) {
    return new SitemapInfo(
        url,
        source,
        parent,
        status,
        List.of(error),
        index,
        gzipped,
        byteSize,
        urlCount,
        relativeLocs,
        urls,
        sitemaps);
  }
}
