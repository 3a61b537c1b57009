package org.brandpulse.ingest.metrics.plausible;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Which Plausible site a {@link PlausibleSource} reads and how. Start from {@link #of(String,
 * String)} and change what you need with the {@code with...} methods.
 *
 * @param baseUrl the Plausible server, {@code https://plausible.io} or a self-hosted one; the API
 *     is {@code <baseUrl>/api/v2/query}
 * @param siteId the site's domain as registered in Plausible, e.g. {@code shop.example.com}
 * @param apiKey the Stats API key VALUE (the caller reads it from the environment); sent as {@code
 *     Authorization: Bearer}, never logged
 * @param goals also read conversions per goal ({@code event:goal}; one more query)
 * @param pageSize rows per request ({@code pagination.limit}), 1..10000
 * @param maxPages the most pages read per query; a breakdown longer than {@code pageSize *
 *     maxPages} rows is cut and the cut is reported as a skipped record
 */
public record PlausibleOptions(
    URI baseUrl, String siteId, String apiKey, boolean goals, int pageSize, int maxPages) {

  /** Plausible's cloud server. */
  public static final URI PLAUSIBLE_IO = URI.create("https://plausible.io");

  /** The largest page Plausible's API serves. */
  public static final int MAX_PAGE_SIZE = 10_000;

  public PlausibleOptions {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = String.valueOf(baseUrl.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an http(s) URL like https://plausible.io, was " + baseUrl);
    }
    if (siteId == null || siteId.isBlank()) {
      throw new IllegalArgumentException(
          "siteId must name the site's domain, was '" + siteId + "'");
    }
    siteId = siteId.strip();
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("Plausible needs an API key for site " + siteId);
    }
    apiKey = apiKey.strip();
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be 1..10000, was " + pageSize);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
    }
  }

  /**
   * {@code siteId} on plausible.io with goals, 10,000 rows per page, at most 10 pages per query.
   */
  public static PlausibleOptions of(String siteId, String apiKey) {
    return new PlausibleOptions(PLAUSIBLE_IO, siteId, apiKey, true, MAX_PAGE_SIZE, 10);
  }

  public PlausibleOptions withBaseUrl(URI value) {
    return new PlausibleOptions(value, siteId, apiKey, goals, pageSize, maxPages);
  }

  public PlausibleOptions withGoals(boolean value) {
    return new PlausibleOptions(baseUrl, siteId, apiKey, value, pageSize, maxPages);
  }

  /** Sets the rows per request and the most pages per query. */
  public PlausibleOptions withPaging(int size, int pages) {
    return new PlausibleOptions(baseUrl, siteId, apiKey, goals, size, pages);
  }

  /** The query endpoint, {@code <baseUrl>/api/v2/query}. */
  public URI endpoint() {
    return URI.create(baseUrl.toString().replaceAll("/+$", "") + "/api/v2/query");
  }

  /** Shows everything but the key. */
  @Override
  public String toString() {
    return "PlausibleOptions[baseUrl=%s, siteId=%s, apiKey=***, goals=%s, pageSize=%d, maxPages=%d]"
        .formatted(baseUrl, siteId, goals, pageSize, maxPages);
  }
}
