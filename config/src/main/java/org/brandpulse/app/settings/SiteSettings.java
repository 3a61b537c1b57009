package org.brandpulse.app.settings;

import java.time.ZoneId;
import java.util.List;
import org.brandpulse.reporting.period.SiteRef;

/**
 * A web site whose traffic the {@code ingestMetrics} job imports.
 *
 * @param name lower case letters, digits, dashes; the key of its metrics in the database
 * @param url the site's address (used in reports)
 * @param brand the configured brand whose mentions the site's growth is compared with, or null
 * @param zone the zone days are counted in (default UTC)
 * @param goals URL patterns of conversion pages for access logs, e.g. {@code /order/confirmation*}
 * @param sources where its metrics come from
 */
public record SiteSettings(
    String name,
    String url,
    String brand,
    String zone,
    List<String> goals,
    List<MetricSourceSettings> sources) {

  public SiteSettings {
    zone = zone == null ? "UTC" : zone;
    goals = goals == null ? List.of() : List.copyOf(goals);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** The site as growth and reports see it. */
  public SiteRef ref() {
    return new SiteRef(name, url, brand, ZoneId.of(zone));
  }
}
