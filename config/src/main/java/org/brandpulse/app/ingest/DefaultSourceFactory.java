package org.brandpulse.app.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsException;
import org.brandpulse.app.settings.SinceDate;
import org.brandpulse.app.settings.SourceSettings;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.bluesky.BlueskyOptions;
import org.brandpulse.ingest.source.bluesky.BlueskySource;
import org.brandpulse.ingest.source.feed.FeedSource;
import org.brandpulse.ingest.source.feed.FeedSourceOptions;
import org.brandpulse.ingest.source.file.CsvFileSource;
import org.brandpulse.ingest.source.file.FieldMapping;
import org.brandpulse.ingest.source.file.FileSourceOptions;
import org.brandpulse.ingest.source.file.JsonlFileSource;
import org.brandpulse.ingest.source.hackernews.HackerNewsOptions;
import org.brandpulse.ingest.source.hackernews.HackerNewsSource;
import org.brandpulse.ingest.source.mastodon.MastodonOptions;
import org.brandpulse.ingest.source.mastodon.MastodonSource;
import org.brandpulse.ingest.source.reddit.RedditOptions;
import org.brandpulse.ingest.source.reddit.RedditSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Maps each {@code sources:} entry of the configuration to its source in {@code ingest}. Relative
 * paths resolve against the configuration file's folder; tokens are read from the environment
 * variables the configuration names; an API source's window starts at the run's {@code --since},
 * else at its configured {@code since}.
 */
@Component
public class DefaultSourceFactory implements SourceFactory {

  private final BrandpulseSettings settings;
  private final Function<String, String> environment;
  private final HttpFetcher http;

  @Autowired
  public DefaultSourceFactory(BrandpulseSettings settings) {
    this(settings, System::getenv);
  }

  DefaultSourceFactory(BrandpulseSettings settings, Function<String, String> environment) {
    this.settings = settings;
    this.environment = environment;
    this.http = new HttpFetcher(HttpOptions.DEFAULTS.withUserAgent(settings.ingest().userAgent()));
  }

  @Override
  public PostSource create(SourceSettings source, Clock clock, Instant runSince) {
    Instant since = start(source, runSince);
    if (source instanceof SourceSettings.Jsonl j) {
      return new JsonlFileSource(files(j), mapping(j, FieldMapping.BRANDPULSE), clock);
    }
    if (source instanceof SourceSettings.Csv c) {
      return new CsvFileSource(files(c), mapping(c, FieldMapping.BRANDPULSE), clock);
    }
    if (source instanceof SourceSettings.Feed f) {
      URI[] feeds =
          f.urls().stream()
              .map(u -> u.contains("://") ? URI.create(u) : settings.baseDir().resolve(u).toUri())
              .toArray(URI[]::new);
      FeedSourceOptions options = FeedSourceOptions.of(f.name(), feeds);
      if (f.sourceKey() != null) {
        options = options.withSourceKey(f.sourceKey());
      }
      return new FeedSource(options, http, clock);
    }
    if (source instanceof SourceSettings.Mastodon m) {
      MastodonOptions.Builder b = MastodonOptions.DEFAULTS.toBuilder();
      if (m.baseUrl() != null) {
        b.instance(URI.create(m.baseUrl()));
      }
      if (m.hashtag() != null) {
        b.hashtag(m.hashtag());
      }
      if (m.query() != null) {
        b.query(m.query());
      }
      b.accessToken(secret(m.name(), m.tokenEnv(), m.query() != null));
      if (m.maxPages() != null) {
        b.maxPages(m.maxPages());
      }
      b.since(since);
      return new MastodonSource(m.name(), b.build(), http, clock);
    }
    if (source instanceof SourceSettings.Reddit r) {
      RedditOptions.Builder b = RedditOptions.DEFAULTS.toBuilder().query(r.query());
      if (r.baseUrl() != null) {
        b.baseUrl(URI.create(r.baseUrl()));
      }
      if (r.subreddit() != null) {
        b.subreddit(r.subreddit());
      }
      if (r.maxPages() != null) {
        b.maxPages(r.maxPages());
      }
      b.since(since);
      return new RedditSource(r.name(), b.build(), http, clock);
    }
    if (source instanceof SourceSettings.HackerNews h) {
      HackerNewsOptions.Builder b = HackerNewsOptions.DEFAULTS.toBuilder().query(h.query());
      if (h.baseUrl() != null) {
        b.baseUrl(URI.create(h.baseUrl()));
      }
      if (h.maxPages() != null) {
        b.maxPages(h.maxPages());
      }
      b.since(since);
      return new HackerNewsSource(h.name(), b.build(), http, clock);
    }
    SourceSettings.Bluesky bs = (SourceSettings.Bluesky) source;
    BlueskyOptions.Builder b = BlueskyOptions.DEFAULTS.toBuilder().query(bs.query());
    if (bs.baseUrl() != null) {
      b.baseUrl(URI.create(bs.baseUrl()));
    }
    b.accessToken(secret(bs.name(), bs.tokenEnv(), false));
    if (bs.maxPages() != null) {
      b.maxPages(bs.maxPages());
    }
    b.since(since);
    return new BlueskySource(bs.name(), b.build(), http, clock);
  }

  /** The run's start when given, else the API source's configured one (validated on load). */
  private static Instant start(SourceSettings source, Instant runSince) {
    if (runSince != null || !(source instanceof SourceSettings.Api api) || api.since() == null) {
      return runSince;
    }
    return SinceDate.parse(api.since());
  }

  private FileSourceOptions files(SourceSettings.Files f) {
    Path base = settings.baseDir();
    FileSourceOptions options;
    if (f.glob() != null && !f.glob().isBlank()) {
      Path pattern = Path.of(f.glob());
      Path dir = pattern.getParent() == null ? base : base.resolve(pattern.getParent());
      options = FileSourceOptions.glob(f.name(), dir, pattern.getFileName().toString());
    } else {
      options =
          FileSourceOptions.files(
              f.name(), f.paths().stream().map(base::resolve).toArray(Path[]::new));
    }
    if (f.sourceKey() != null) {
      options = options.withSourceKey(f.sourceKey());
    }
    if (f.charset() != null) {
      options = options.withCharset(Charset.forName(f.charset()));
    }
    if (f.pageSize() != null) {
      options = options.withPageSize(f.pageSize());
    }
    return options;
  }

  private static FieldMapping mapping(SourceSettings.Files f, FieldMapping fallback) {
    SourceSettings.Mapping m = f.mapping();
    if (m == null) {
      return fallback;
    }
    FieldMapping preset =
        switch (m.preset() == null ? "brandpulse" : m.preset()) {
          case "twitter-v1" -> FieldMapping.TWITTER_V1_JSONL;
          case "listening-tool" -> FieldMapping.LISTENING_TOOL_CSV;
          default -> FieldMapping.BRANDPULSE;
        };
    FieldMapping.Builder b = preset.toBuilder();
    for (Map.Entry<String, String> e : m.fields().entrySet()) {
      String v = e.getValue();
      switch (e.getKey()) {
        case "id" -> b.id(v);
        case "url" -> b.url(v);
        case "authorHandle" -> b.authorHandle(v);
        case "authorName" -> b.authorName(v);
        case "authorFollowers" -> b.authorFollowers(v);
        case "text" -> b.text(v);
        case "language" -> b.language(v);
        case "createdAt" -> b.createdAt(v);
        case "threadId" -> b.threadId(v);
        case "replyToId" -> b.replyToId(v);
        case "likes" -> b.likes(v);
        case "shares" -> b.shares(v);
        case "replies" -> b.replies(v);
        default ->
            throw new SettingsException(
                "source " + f.name() + ": unknown mapping field '" + e.getKey() + "'");
      }
    }
    if (m.datePattern() != null) {
      b.datePattern(m.datePattern());
    }
    if (m.zone() != null) {
      b.zone(ZoneId.of(m.zone()));
    }
    return b.build();
  }

  /** The secret in the named environment variable; an error when required and unset. */
  private String secret(String source, String envName, boolean required) {
    if (envName == null) {
      return null;
    }
    String value = environment.apply(envName);
    if ((value == null || value.isBlank()) && required) {
      throw new SettingsException(
          "source "
              + source
              + ": environment variable "
              + envName
              + " is not set (it holds the access token)");
    }
    return value == null || value.isBlank() ? null : value;
  }
}
