package org.brandpulse.ingest.source.timeline;

import java.util.Objects;
import org.brandpulse.ingest.source.SkippedRecord;

/**
 * A page arrived but is not the JSON the source expects (malformed, truncated, wrong shape). {@link
 * TimelineSource} skips the page and leaves the cursor unchanged so the next run retries.
 */
public class MalformedPageException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String url;
  private final String text;

  /**
   * @param url the page's URL
   * @param reason the parse error with its position and what was expected
   * @param text the offending text (clipped when recorded)
   */
  public MalformedPageException(String url, String reason, String text) {
    super(Objects.requireNonNull(reason, "reason"));
    this.url = Objects.requireNonNull(url, "url");
    this.text = SkippedRecord.clip(text);
  }

  /** The page's URL. */
  public String url() {
    return url;
  }

  /** The page as a skipped record of {@code source}. */
  public SkippedRecord toSkipped(String source) {
    return new SkippedRecord(source, url, getMessage(), text);
  }
}
