package org.brandpulse.ingest;

import java.util.Locale;
import org.brandpulse.ingest.text.CleanText;

/**
 * Who wrote a post.
 *
 * @param handle the account handle as the source spells it (without a leading {@code @}), or null
 * @param name the display name, or null
 * @param followers follower count when the source gives it, else 0
 */
public record Author(String handle, String name, long followers) {

  /** An author the source did not name. */
  public static final Author UNKNOWN = new Author(null, null, 0);

  public Author {
    handle = CleanText.of(handle);
    name = CleanText.of(name);
    if (handle != null) {
      handle = handle.startsWith("@") ? handle.substring(1) : handle;
      if (handle.isBlank()) {
        handle = null;
      }
    }
    if (followers < 0) {
      throw new IllegalArgumentException("followers must be >= 0, was " + followers);
    }
  }

  /**
   * A handle as handles are compared (configured own accounts, store filters): stripped, without a
   * leading {@code @}, lower case ({@link Locale#ROOT}); null for null or blank.
   */
  public static String normalizeHandle(String handle) {
    if (handle == null) {
      return null;
    }
    String h = handle.strip();
    if (h.startsWith("@")) {
      h = h.substring(1);
    }
    return h.isBlank() ? null : h.toLowerCase(Locale.ROOT);
  }

  /** This author's handle {@link #normalizeHandle normalised}, or null. */
  public String normalizedHandle() {
    return normalizeHandle(handle);
  }
}
