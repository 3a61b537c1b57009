package org.brandpulse.ingest.metrics.matomo;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Which Matomo site a {@link MatomoSource} reads and how. Start from {@link #of(URI, int, String)}
 * and change what you need with the {@code with...} methods.
 *
 * @param baseUrl the Matomo installation, e.g. {@code https://analytics.example.com} (the API is
 *     {@code <baseUrl>/index.php}; a URL already ending in {@code .php} is used as is)
 * @param idSite the site id ({@code idSite}), {@code >= 1}
 * @param token the {@code token_auth} VALUE (the caller reads it from the environment); sent as a
 *     POST form field, never in the URL, never logged
 * @param perGoal also read conversions per goal ({@code Goals.getGoals}, then {@code Goals.get}
 *     with {@code idGoal} for each goal: one more request per goal)
 * @param rowLimit the most entry-page rows per request ({@code filter_limit}); -1 for all
 */
public record MatomoOptions(URI baseUrl, int idSite, String token, boolean perGoal, int rowLimit) {

  /** The default {@link #rowLimit()}: enough for the landing pages of most sites. */
  public static final int DEFAULT_ROW_LIMIT = 10_000;

  public MatomoOptions {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = String.valueOf(baseUrl.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an http(s) URL like https://analytics.example.com, was " + baseUrl);
    }
    if (baseUrl.getRawQuery() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query, was " + baseUrl);
    }
    if (idSite < 1) {
      throw new IllegalArgumentException("idSite must be >= 1, was " + idSite);
    }
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException(
          "Matomo needs a token_auth for site " + idSite + " at " + baseUrl);
    }
    token = token.strip();
    if (rowLimit < 1 && rowLimit != -1) {
      throw new IllegalArgumentException("rowLimit must be >= 1 or -1 (all), was " + rowLimit);
    }
  }

  /**
   * Site {@code idSite} at {@code baseUrl}, per-goal conversions on, {@link #DEFAULT_ROW_LIMIT}.
   */
  public static MatomoOptions of(URI baseUrl, int idSite, String token) {
    return new MatomoOptions(baseUrl, idSite, token, true, DEFAULT_ROW_LIMIT);
  }

  public MatomoOptions withPerGoal(boolean value) {
    return new MatomoOptions(baseUrl, idSite, token, value, rowLimit);
  }

  public MatomoOptions withRowLimit(int value) {
    return new MatomoOptions(baseUrl, idSite, token, perGoal, value);
  }

  /** The API endpoint: {@code <baseUrl>/index.php}, or the base URL when it names a script. */
  public URI endpoint() {
    String base = baseUrl.toString();
    if (base.toLowerCase(Locale.ROOT).endsWith(".php")) {
      return baseUrl;
    }
    return URI.create(base.replaceAll("/+$", "") + "/index.php");
  }

  /** Shows everything but the token. */
  @Override
  public String toString() {
    return "MatomoOptions[baseUrl=%s, idSite=%d, token=***, perGoal=%s, rowLimit=%d]"
        .formatted(baseUrl, idSite, perGoal, rowLimit);
  }
}
