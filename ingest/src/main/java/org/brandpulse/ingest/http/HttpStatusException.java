package org.brandpulse.ingest.http;

import java.time.Duration;
import java.util.Optional;
import org.brandpulse.ingest.source.SourceException;

/** The server answered, but not with success. Retryable for 429 and 5xx, not for other statuses. */
public class HttpStatusException extends SourceException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String maskedUrl;
  private final String clippedBody;
  private final Duration retryAfter;

  public HttpStatusException(
      String message, int status, String maskedUrl, String clippedBody, Duration retryAfter) {
    super(message, status == 429 || status >= 500);
    this.status = status;
    this.maskedUrl = maskedUrl;
    this.clippedBody = clippedBody;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status of the last attempt. */
  public int status() {
    return status;
  }

  /** The URL with secrets masked. */
  public String maskedUrl() {
    return maskedUrl;
  }

  /** The start of the response body. */
  public String clippedBody() {
    return clippedBody;
  }

  /** What the server's {@code Retry-After} asked for, if it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
