package org.brandpulse.reporting.period;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A site as growth and reports need it: the key of its metrics, its address, its brand and the zone
 * its days are counted in.
 *
 * @param name the key of its metrics
 * @param url its address, or null when not configured
 * @param brand the brand whose mentions its growth is compared with, or null
 * @param zone the zone days are counted in
 */
public record SiteRef(String name, String url, String brand, ZoneId zone) {

  public SiteRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * The site's origin ({@code https://host[:port]}), as audits are stored under; null without url.
   */
  public String origin() {
    if (url == null) {
      return null;
    }
    URI u = URI.create(url);
    return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
  }
}
