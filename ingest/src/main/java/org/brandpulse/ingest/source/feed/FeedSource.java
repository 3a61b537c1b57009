package org.brandpulse.ingest.source.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.source.feed.FeedCursor.FeedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts from RSS and Atom feeds; one page per feed. See the package documentation for what a
 * re-read returns and how failures are reported.
 */
public final class FeedSource implements PostSource {

  private static final Logger LOG = LoggerFactory.getLogger(FeedSource.class);

  private final FeedSourceOptions options;
  private final FeedLoader loader;
  private final Clock clock;

  /**
   * @param options the feeds and the seen-id window
   * @param fetcher fetches the http(s) feeds
   * @param clock stamps {@code fetchedAt}
   */
  public FeedSource(FeedSourceOptions options, HttpFetcher fetcher, Clock clock) {
    this.options = Objects.requireNonNull(options, "options");
    this.loader =
        new FeedLoader(Objects.requireNonNull(fetcher, "fetcher"), options.maxFileBytes());
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return options.name();
  }

  /** The source key posts carry ({@code feed:<name>} unless configured). */
  public String sourceKey() {
    return options.sourceKey();
  }

  @Override
  public SourcePage fetch(String cursor) throws SourceException {
    FeedCursor before = FeedCursor.decode(cursor, name());
    int index = before.next() % options.feeds().size();
    URI feed = options.feeds().get(index);
    String url = feed.toString();
    FeedState state = before.state(url).orElse(FeedState.empty(url));
    List<Post> posts = new ArrayList<>();
    List<SkippedRecord> skipped = new ArrayList<>();
    FeedState after = read(feed, state, posts, skipped);
    List<FeedState> states = new ArrayList<>();
    for (URI f : options.feeds()) {
      String u = f.toString();
      if (u.equals(url)) {
        states.add(after);
      } else {
        before.state(u).ifPresent(states::add);
      }
    }
    boolean last = index == options.feeds().size() - 1;
    posts.sort(Comparator.comparing(Post::createdAt).thenComparing(p -> p.id()));
    return new SourcePage(
        posts, skipped, new FeedCursor(last ? 0 : index + 1, states).encode(), last);
  }

  private FeedState read(URI feed, FeedState state, List<Post> posts, List<SkippedRecord> skipped) {
    String url = feed.toString();
    FeedLoader.Loaded loaded;
    try {
      loaded = loader.load(feed, state);
    } catch (SourceException e) {
      skipped.add(new SkippedRecord(name(), url, "feed not fetched: " + e.getMessage(), ""));
      return state;
    }
    if (loaded.notModified()) {
      return state;
    }
    FeedDocument document;
    try {
      document = FeedDocument.parse(loaded.bytes(), loaded.contentType(), feed);
    } catch (FeedDocument.BadFeedException e) {
      String start = new String(loaded.bytes(), StandardCharsets.UTF_8).strip();
      skipped.add(new SkippedRecord(name(), url, e.getMessage(), start));
      return state;
    }
    Instant cutoff = state.newest() == null ? null : state.newest().minus(options.seenWindow());
    Instant newest = state.newest();
    Map<String, Instant> seen = new TreeMap<>(state.seen());
    List<String> unresolved = new ArrayList<>();
    List<SyndEntry> entries = document.feed().getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String id = FeedEntries.nativeId(entry);
      Instant date = FeedEntries.date(entry);
      if (id == null) {
        skipped.add(new SkippedRecord(name(), url, "item has no guid, id or link", title(entry)));
        continue;
      }
      if (seen.containsKey(id) || (date != null && cutoff != null && date.isBefore(cutoff))) {
        continue;
      }
      if (date == null) {
        // RSS 0.91 and many hand-made feeds date no item: the channel's date stands for its
        // items, else the run that first saw the item (it is remembered, so it comes once)
        Date channel = document.feed().getPublishedDate();
        date = channel != null ? channel.toInstant() : clock.instant();
      }
      seen.put(id, date);
      newest = newest == null || date.isAfter(newest) ? date : newest;
      String link = document.link(i);
      if (link == null && entry.getLink() != null && !entry.getLink().isBlank()) {
        unresolved.add(entry.getLink());
      }
      posts.add(post(document.feed(), entry, id, date, link));
    }
    if (!unresolved.isEmpty()) {
      LOG.warn(
          "feed source {}: {} item link(s) in {} cannot be made absolute http(s) URLs (e.g."
              + " '{}'): relative with no web address to resolve them against, or not a web"
              + " link; those posts are stored without a URL",
          name(),
          unresolved.size(),
          url,
          unresolved.get(0));
    }
    if (newest != null) {
      Instant keepFrom = newest.minus(options.seenWindow());
      seen.values().removeIf(d -> d.isBefore(keepFrom));
    }
    return new FeedState(url, loaded.etag(), loaded.lastModified(), newest, seen);
  }

  private Post post(SyndFeed feed, SyndEntry entry, String id, Instant date, String link) {
    String author = FeedEntries.author(entry);
    boolean atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom");
    String text = FeedEntries.text(entry, atom);
    return new Post(
        Post.id(sourceKey(), id),
        sourceKey(),
        link,
        author == null ? Author.UNKNOWN : new Author(null, author, 0),
        text,
        FeedEntries.language(FeedEntries.language(feed), text),
        date,
        null,
        null,
        null,
        clock.instant());
  }

  private static String title(SyndEntry entry) {
    return entry.getTitle() == null ? "" : entry.getTitle();
  }
}
