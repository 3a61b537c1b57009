package org.brandpulse.ingest;

/** Likes, shares (reposts, boosts, retweets) and replies a post had when it was fetched. */
public record Engagement(long likes, long shares, long replies) {

  /** No engagement known. */
  public static final Engagement NONE = new Engagement(0, 0, 0);

  public Engagement {
    if (likes < 0 || shares < 0 || replies < 0) {
      throw new IllegalArgumentException(
          "engagement counts must be >= 0, were " + likes + "/" + shares + "/" + replies);
    }
  }

  /** Likes plus shares plus replies. */
  public long total() {
    return likes + shares + replies;
  }
}
