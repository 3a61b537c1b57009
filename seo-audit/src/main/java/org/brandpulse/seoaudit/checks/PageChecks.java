package org.brandpulse.seoaudit.checks;

import java.util.Objects;
import java.util.function.Consumer;
import org.brandpulse.seoaudit.crawl.PageKind;
import org.brandpulse.seoaudit.crawl.RedirectHop;
import org.brandpulse.seoaudit.page.PageFacts;

/**
 * The page-local half of the catalogue: everything one {@link PageFacts} can tell on its own
 * (status, redirects, response headers, and through {@link HtmlChecks} the HTML). Stateless and
 * thread-safe; the crawler's worker threads call it concurrently.
 */
public final class PageChecks {

  private final Thresholds t;

  /** Page checks with these thresholds. */
  public PageChecks(Thresholds thresholds) {
    this.t = Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Runs every page-local check on {@code page}, handing each finding to {@code out}. */
  public void run(PageFacts page, Consumer<Finding> out) {
    if (page.kind() == PageKind.RESOURCE) {
      boolean image = page.contentType().isEmpty() || page.contentType().startsWith("image/");
      if (page.status() == 200 && image && page.bytes() > t.imgMaxBytes()) {
        out.accept(Finding.of(Check.IMG_TOO_LARGE, page.url(), page.bytes() / 1024 + " KiB", null));
      }
      return;
    }
    if (page.kind() != PageKind.PAGE) {
      return;
    }
    redirects(page, out);
    if (page.robotsDisallowed()) {
      out.accept(Finding.of(Check.BLOCKED_BY_ROBOTS, page.url(), "disallowed by robots.txt", null));
      return;
    }
    if (page.finalSeenBefore() || page.redirectLoop()) {
      return;
    }
    int status = page.status();
    String url = page.url();
    if (status == -1) {
      String why = page.timedOut() ? "timed out" : "no response";
      out.accept(Finding.of(Check.TIMEOUT, url, why + ": " + page.error(), null));
    } else if (status >= 400 && status < 500) {
      out.accept(Finding.of(Check.STATUS_4XX, url, "HTTP " + status, null));
    } else if (status >= 500) {
      out.accept(Finding.of(Check.STATUS_5XX, url, "HTTP " + status, null));
    } else if (status >= 200 && status < 300) {
      if (page.fetchMillis() > t.slowResponseMillis()) {
        out.accept(Finding.of(Check.SLOW_RESPONSE, url, page.fetchMillis() + " ms", null));
      }
      contentType(page, out);
      if (page.metaRefresh() != null
          && page.metaRefresh().url() != null
          && !page.metaRefresh().url().equals(url)) {
        String how = page.metaRefresh().fromHeader() ? "Refresh header" : "meta refresh";
        out.accept(
            Finding.of(
                Check.META_REFRESH_REDIRECT,
                url,
                how + " after " + page.metaRefresh().delaySeconds() + " s",
                page.metaRefresh().url()));
      }
      if (page.html() != null && status == 200) {
        new HtmlChecks(t, url, page.depth(), page.html(), out).run();
      }
    }
  }

  private void redirects(PageFacts page, Consumer<Finding> out) {
    if (page.redirects().isEmpty()) {
      return;
    }
    RedirectHop first = page.redirects().get(0);
    String from = page.requestedUrl();
    String target = first.target() != null ? first.target() : page.url();
    out.accept(Finding.of(Check.REDIRECT, from, "HTTP " + first.status(), target));
    int hops = page.redirects().size();
    if (page.redirectLoop()) {
      out.accept(Finding.of(Check.REDIRECT_LOOP, from, hops + " hops, then back", page.url()));
    } else if (hops > t.maxRedirectHops()) {
      StringBuilder chain = new StringBuilder();
      for (RedirectHop h : page.redirects()) {
        chain.append(h.status()).append(' ');
      }
      out.accept(
          Finding.of(
              Check.REDIRECT_CHAIN,
              from,
              hops + " hops (" + chain.toString().trim() + ")",
              page.url()));
    }
  }

  private static void contentType(PageFacts page, Consumer<Finding> out) {
    if (page.bytes() == 0) {
      return;
    }
    String type = page.contentType();
    boolean html = type.equals("text/html") || type.equals("application/xhtml+xml");
    String problem = null;
    if (type.isEmpty()) {
      problem = "no Content-Type header";
    } else if (html && page.bodyLooksBinary()) {
      problem = "sent as " + type + " but the body is not HTML";
    } else if (!html && page.bodyLooksHtml()) {
      problem = "HTML document sent as " + type;
    }
    if (problem != null) {
      out.accept(Finding.of(Check.CONTENT_TYPE_MISMATCH, page.url(), problem, null));
    }
  }
}
