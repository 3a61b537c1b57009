package org.brandpulse.seoaudit.checks;

import java.util.function.Consumer;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/** The checks on the shape of a page's (normalised) URL. */
final class UrlChecks {

  private UrlChecks() {}

  static void run(String url, Thresholds t, Consumer<Finding> out) {
    String pathAndQuery = UrlNormalizer.pathAndQuery(url);
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    if (path.indexOf('_') >= 0) {
      out.accept(Finding.of(Check.URL_UNDERSCORE, url, "path " + path, null));
    }
    if (hasUpperCase(path)) {
      out.accept(Finding.of(Check.URL_UPPERCASE, url, "path " + path, null));
    }
    if (pathAndQuery.contains("%20") || pathAndQuery.indexOf(' ') >= 0) {
      out.accept(Finding.of(Check.URL_SPACE, url, "encoded space in " + pathAndQuery, null));
    }
    if (path.contains("//")) {
      out.accept(Finding.of(Check.URL_DOUBLE_SLASH, url, "path " + path, null));
    }
    if (url.length() > t.urlMaxChars()) {
      out.accept(Finding.of(Check.URL_TOO_LONG, url, url.length() + " chars", null));
    }
    if (q >= 0) {
      out.accept(Finding.of(Check.URL_PARAMETERS, url, "query " + pathAndQuery.substring(q), null));
    }
  }

  /** Upper-case ASCII letters outside percent escapes (whose hex digits are upper case). */
  private static boolean hasUpperCase(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%') {
        i += 2;
      } else if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }
}
