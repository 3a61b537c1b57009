package org.brandpulse.seoaudit.page;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The indexing directives of a page: {@code <meta name=robots|googlebot>} plus the {@code
 * X-Robots-Tag} header. {@code none} means both noindex and nofollow. Header directives scoped to
 * another crawler ({@code otherbot: noindex}) are ignored.
 */
record Robots(boolean noindex, boolean nofollow) {

  static Robots of(Document doc, String xRobotsTag) {
    StringBuilder directives = new StringBuilder();
    for (Element m : doc.select("meta[name=robots][content], meta[name=googlebot][content]")) {
      directives.append(',').append(m.attr("content"));
    }
    if (xRobotsTag != null) {
      for (String part : xRobotsTag.split(",")) {
        int colon = part.indexOf(':');
        String scope = colon < 0 ? "" : part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        boolean directive = scope.equals("unavailable_after") || scope.isEmpty();
        if (directive || scope.equals("googlebot") || scope.equals("brandpulse")) {
          directives.append(',').append(directive ? part : part.substring(colon + 1));
        }
      }
    }
    boolean noindex = false;
    boolean nofollow = false;
    for (String token : directives.toString().toLowerCase(Locale.ROOT).split("[,\\s]+")) {
      noindex |= token.equals("noindex") || token.equals("none");
      nofollow |= token.equals("nofollow") || token.equals("none");
    }
    return new Robots(noindex, nofollow);
  }
}
