package org.brandpulse.ingest.source;

/**
 * A source page could not be read at all: the server refused it, it never arrived, or it was not in
 * the expected format. The message names the source and the place (URL or file).
 */
public class SourceException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  public SourceException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  public SourceException(String message, boolean retryable) {
    this(message, retryable, null);
  }

  /** True when trying again later may succeed (network trouble, 429, 5xx). */
  public boolean isRetryable() {
    return retryable;
  }
}
