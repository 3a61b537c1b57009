package org.brandpulse.ingest.source;

import java.util.Objects;
import org.brandpulse.ingest.text.CleanText;

/**
 * A record a source could not read.
 *
 * @param source the source's configured name
 * @param location where it was: {@code file:line}, a URL, or a record id
 * @param reason what was wrong and what was expected
 * @param text the offending text, clipped to {@link #MAX_TEXT} characters
 */
public record SkippedRecord(String source, String location, String reason, String text) {

  /** How much of the offending text a skipped record keeps. */
  public static final int MAX_TEXT = 200;

  public SkippedRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
    // a malformed line may hold anything, NUL included: keep it storable
    location = CleanText.of(location);
    reason = CleanText.of(reason);
    text = clip(CleanText.of(text));
  }

  /** Clips a text to {@link #MAX_TEXT} characters, marking the cut with an ellipsis. */
  public static String clip(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int end = MAX_TEXT;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
