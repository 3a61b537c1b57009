package org.brandpulse.reporting.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which addresses from posts and pages may become links: only absolute {@code http} and {@code
 * https} URLs, so a post cannot smuggle in a {@code javascript:} or {@code data:} link. Other
 * addresses are shown as text.
 */
public final class Links {

  private Links() {}

  /** Whether {@code url} is an absolute http(s) URL with a host. */
  public static boolean linkable(String url) {
    if (url == null || url.isEmpty() || url.length() > 2048) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
