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
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.MetricSourceSettings;
import org.brandpulse.app.settings.SettingsException;
import org.brandpulse.app.settings.SiteSettings;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.accesslog.AccessLogSource;
import org.brandpulse.ingest.metrics.accesslog.LogFormat;
import org.brandpulse.ingest.metrics.accesslog.Sessionizer;
import org.brandpulse.ingest.metrics.accesslog.TrafficClassifier;
import org.springframework.stereotype.Component;

/** Builds the {@link MetricsSource} a site's configured source describes. */
@Component
public class MetricSourceFactory {

  private final BrandpulseSettings settings;

  public MetricSourceFactory(BrandpulseSettings settings) {
    this.settings = settings;
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
    throw new SettingsException(
        "site '" + site.name() + "': source type of '" + source.name() + "' is not available");
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
    return new AccessLogSource(name, files, format, new TrafficClassifier(hosts(site)), options);
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
