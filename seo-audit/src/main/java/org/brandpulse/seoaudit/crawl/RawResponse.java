package org.brandpulse.seoaudit.crawl;

import java.util.Objects;

/**
 * One HTTP response as a {@link Fetcher} returns it.
 *
 * @param status the status code
 * @param headers headers with lower-case names
 * @param body the decoded body, at most the request's {@code maxBytes}
 * @param truncated whether the body was cut (size cap or decompression cap)
 * @param millis time from sending to the last body byte read
 */
public record RawResponse(
    int status, ResponseHeaders headers, byte[] body, boolean truncated, long millis) {

  /** Validates. */
  public RawResponse {
    Objects.requireNonNull(headers, "headers");
    body = body == null ? new byte[0] : body;
  }
}
