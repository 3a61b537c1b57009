package org.brandpulse.ingest.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The envelope of both stores' opaque {@code after} tokens: URL-safe base64 of {@code
 * <version>:<sort>:<primary sort value>:<post id>}. The id makes every position unique, so the next
 * page starts right after the last hit whatever was written in between; the version tells one
 * store's tokens from another's, and the sort name refuses a token made for another sort. Each
 * store turns the primary value into its own sort key.
 */
public final class PageTokens {

  /** The decoded position: the primary sort value as written, and the post id. */
  public record Position(String primary, String id) {}

  private PageTokens() {}

  /** The token of a position under {@code sort}. */
  public static String encode(String version, PostSort sort, String primary, String id) {
    String raw = version + ":" + sort.name() + ":" + primary + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position in a token.
   *
   * @throws StoreException when the token is not base64, not of this version, or of another sort
   */
  public static Position decode(String version, PostSort sort, String token) throws StoreException {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad(token, "it is not a page token of this store", e);
    }
    String[] parts = raw.split(":", 4);
    if (parts.length != 4 || !parts[0].equals(version)) {
      throw bad(token, "it is not a page token of this store", null);
    }
    if (!parts[1].equals(sort.name())) {
      throw bad(token, "it was made for sort " + parts[1] + " but the query sorts " + sort, null);
    }
    return new Position(parts[2], parts[3]);
  }

  /** The error for a bad token, naming it (clipped) and why. */
  public static StoreException bad(String token, String why, Throwable cause) {
    String clipped = token.length() <= 80 ? token : token.substring(0, 77) + "...";
    return new StoreException("bad page token '" + clipped + "': " + why, cause);
  }
}
