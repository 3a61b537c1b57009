package org.brandpulse.app.metrics;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.MetricSourceSettings;
import org.brandpulse.app.settings.SettingsException;
import org.brandpulse.app.settings.SiteSettings;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.accesslog.AccessLogSource;
import org.brandpulse.ingest.metrics.accesslog.LogFormat;
import org.brandpulse.ingest.metrics.accesslog.Sessionizer;
import org.brandpulse.ingest.metrics.accesslog.TrafficClassifier;
import org.brandpulse.ingest.metrics.ga4.Ga4CsvSource;
import org.brandpulse.ingest.metrics.matomo.MatomoOptions;
import org.brandpulse.ingest.metrics.matomo.MatomoSource;
import org.brandpulse.ingest.metrics.plausible.PlausibleOptions;
import org.brandpulse.ingest.metrics.plausible.PlausibleSource;
import org.brandpulse.ingest.metrics.plausible.RateLimiter;
import org.brandpulse.ingest.metrics.searchconsole.SearchConsoleCsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Builds the {@link MetricsSource} a site's configured source describes. */
@Component
public class MetricSourceFactory {

  private final BrandpulseSettings settings;
  // built on first use: its TLS set-up costs an access-log import a noticeable share of its start
  private volatile HttpFetcher http;
  private final Function<String, String> environment;
  private final java.time.Clock clock;
  // Plausible's limit is per API key: one limiter per key, shared by the sources using it
  private final java.util.Map<String, RateLimiter> limiters =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Autowired
  public MetricSourceFactory(BrandpulseSettings settings, java.time.Clock clock) {
    this(settings, System::getenv, clock);
  }

  /** With another environment (tests). */
  public MetricSourceFactory(
      BrandpulseSettings settings, Function<String, String> environment, java.time.Clock clock) {
    this.clock = clock;
    this.settings = settings;
    this.environment = environment;
  }

  private HttpFetcher http() {
    HttpFetcher h = http;
    if (h == null) {
      synchronized (this) {
        h = http;
        if (h == null) {
          h = new HttpFetcher(HttpOptions.DEFAULTS.withUserAgent(settings.ingest().userAgent()));
          http = h;
        }
      }
    }
    return h;
  }

  /** The source for this configuration. */
  public MetricsSource create(SiteSettings site, MetricSourceSettings source) {
    if (source instanceof MetricSourceSettings.AccessLog a) {
      return accessLog(
          site,
          a.name(),
          files(a.paths(), a.glob()),
          LogFormat.named(a.format()),
          Duration.ofMinutes(a.sessionMinutes()),
          site.goals());
    }
    if (source instanceof MetricSourceSettings.Ga4 g) {
      return new Ga4CsvSource(g.name(), existing(g.name(), files(g.paths(), g.glob())));
    }
    if (source instanceof MetricSourceSettings.SearchConsole g) {
      return new SearchConsoleCsvSource(g.name(), existing(g.name(), files(g.paths(), g.glob())));
    }
    if (source instanceof MetricSourceSettings.Matomo m) {
      return new MatomoSource(
          m.name(),
          MatomoOptions.of(
              URI.create(m.baseUrl()), m.siteId(), secret(site, m.name(), m.tokenEnv())),
          http());
    }
    if (source instanceof MetricSourceSettings.Plausible p) {
      String key = secret(site, p.name(), p.tokenEnv());
      return new PlausibleSource(
          p.name(),
          PlausibleOptions.of(p.siteId(), key).withBaseUrl(URI.create(p.baseUrl())),
          http(),
          limiters.computeIfAbsent(key, k -> RateLimiter.plausible()));
    }
    throw new SettingsException(
        "site '" + site.name() + "': source type of '" + source.name() + "' is not available");
  }

  /** The secret in the named environment variable, or a configuration error naming it. */
  private String secret(SiteSettings site, String source, String envName) {
    String value = environment.apply(envName);
    if (value == null || value.isBlank()) {
      throw new SettingsException(
          "site "
              + site.name()
              + " source "
              + source
              + ": environment variable "
              + envName
              + " is not set (it holds the API token)");
    }
    return value;
  }

  private static List<Path> existing(String source, List<Path> files) {
    if (files.isEmpty()) {
      throw new SettingsException("metrics source '" + source + "': no files match");
    }
    return files;
  }

  /** An access log source over explicit files, with the site's hosts and zone. */
  public AccessLogSource accessLog(
      SiteSettings site,
      String name,
      List<Path> files,
      LogFormat format,
      Duration session,
      List<String> goals) {
    Sessionizer.Options options =
        Sessionizer.Options.DEFAULTS
            .withSessionTimeout(session)
            .withGoals(goals)
            .withZone(ZoneId.of(site.zone()));
    return new AccessLogSource(
        name, files, format, new TrafficClassifier(hosts(site)), options, clock);
  }

  /** The site's own host names (from its URL), whose referrers count as direct traffic. */
  static Set<String> hosts(SiteSettings site) {
    if (site.url() == null) {
      return Set.of();
    }
    String host = URI.create(site.url()).getHost();
    return host == null ? Set.of() : Set.of(host);
  }

  /** Resolves explicit paths or a glob against the configuration file's folder. */
  List<Path> files(List<String> paths, String glob) {
    Path base = settings.baseDir();
    if (glob == null || glob.isBlank()) {
      return paths.stream().map(base::resolve).toList();
    }
    Path pattern = Path.of(glob);
    Path dir = pattern.getParent() == null ? base : base.resolve(pattern.getParent());
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> found =
        Files.newDirectoryStream(dir, pattern.getFileName().toString())) {
      found.forEach(out::add);
    } catch (IOException e) {
      throw new SettingsException("cannot list " + dir + " for '" + glob + "': " + e, e);
    }
    out.sort(null);
    return out;
  }
}
