package org.brandpulse.ingest.source.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which feeds a {@link FeedSource} reads. Build with {@link #of(String, URI...)} and adjust with
 * the {@code with...} methods.
 *
 * @param name the configured name of the source
 * @param sourceKey the {@link org.brandpulse.ingest.Post#source()} key; default {@code feed:<name>}
 * @param feeds feed URLs: {@code http(s):} (fetched) or {@code file:} (read from disk); one page
 *     per feed, in this order
 * @param seenWindow how far back from a feed's newest item ids are remembered; older items are
 *     taken as already read
 * @param maxFileBytes the largest {@code file:} feed read (HTTP feeds obey the fetcher's cap)
 */
public record FeedSourceOptions(
    String name, String sourceKey, List<URI> feeds, Duration seenWindow, long maxFileBytes) {

  /** Items within 14 days of a feed's newest item are remembered by id. */
  public static final Duration DEFAULT_SEEN_WINDOW = Duration.ofDays(14);

  public FeedSourceOptions {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    sourceKey = sourceKey == null ? "feed:" + name : sourceKey;
    feeds = List.copyOf(feeds);
    if (feeds.isEmpty()) {
      throw new IllegalArgumentException("feed source " + name + " needs at least one feed URL");
    }
    for (URI feed : feeds) {
      String scheme = feed.getScheme() == null ? "" : feed.getScheme().toLowerCase(Locale.ROOT);
      if (!List.of("http", "https", "file").contains(scheme)) {
        throw new IllegalArgumentException(
            "feed source " + name + ": feed URL must be http(s) or file, was " + feed);
      }
    }
    if (feeds.stream().map(URI::toString).distinct().count() < feeds.size()) {
      throw new IllegalArgumentException("feed source " + name + " lists a feed twice");
    }
    Objects.requireNonNull(seenWindow, "seenWindow");
    if (seenWindow.isNegative() || seenWindow.isZero()) {
      throw new IllegalArgumentException("seenWindow must be > 0, was " + seenWindow);
    }
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be > 0, was " + maxFileBytes);
    }
  }

  /** Reads {@code feeds} with the default window and a 10 MiB file cap. */
  public static FeedSourceOptions of(String name, URI... feeds) {
    return new FeedSourceOptions(
        name, null, List.of(feeds), DEFAULT_SEEN_WINDOW, 10L * 1024 * 1024);
  }

  public FeedSourceOptions withSourceKey(String value) {
    return new FeedSourceOptions(name, value, feeds, seenWindow, maxFileBytes);
  }

  public FeedSourceOptions withSeenWindow(Duration value) {
    return new FeedSourceOptions(name, sourceKey, feeds, value, maxFileBytes);
  }

  public FeedSourceOptions withMaxFileBytes(long value) {
    return new FeedSourceOptions(name, sourceKey, feeds, seenWindow, value);
  }
}
