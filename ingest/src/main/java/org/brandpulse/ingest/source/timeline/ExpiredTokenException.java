package org.brandpulse.ingest.source.timeline;

import java.util.Objects;

/**
 * The API rejected a paging token (HTTP 400/410, or an error body saying the cursor is invalid).
 * {@link TimelineSource} answers it by restarting the run from the high-water mark.
 */
public class ExpiredTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String url;

  /**
   * @param url the request that was rejected
   * @param reason what the server said, e.g. {@code HTTP 400: {"error":"InvalidRequest"...}}
   */
  public ExpiredTokenException(String url, String reason) {
    super(Objects.requireNonNull(reason, "reason"));
    this.url = Objects.requireNonNull(url, "url");
  }

  /** The request that was rejected. */
  public String url() {
    return url;
  }
}
