package org.brandpulse.seoaudit.checks;

import static org.brandpulse.seoaudit.checks.Severity.CRITICAL;
import static org.brandpulse.seoaudit.checks.Severity.HIGH;
import static org.brandpulse.seoaudit.checks.Severity.INFO;
import static org.brandpulse.seoaudit.checks.Severity.LOW;
import static org.brandpulse.seoaudit.checks.Severity.MEDIUM;

import java.util.Locale;

/**
 * The check catalogue: stable id, category, default severity, rule, threshold and why it matters.
 * Ids never change (audits are diffed by them); {@link CheckCatalogue} renders this table.
 */
public enum Check {
  STATUS_4XX(
      "status",
      HIGH,
      "a site page answers 4xx",
      null,
      "Links and rankings pointing at it are lost."),
  STATUS_5XX(
      "status",
      CRITICAL,
      "a site page answers 5xx",
      null,
      "Search engines drop pages that keep failing and slow the crawl of the site."),
  TIMEOUT(
      "status",
      HIGH,
      "no response: the request timed out or the connection failed",
      null,
      "Unreachable pages cannot be indexed."),
  REDIRECT(
      "status",
      LOW,
      "a site URL answers 3xx",
      null,
      "Each redirect costs a round trip and some crawl budget; link to the target."),
  REDIRECT_CHAIN(
      "status",
      MEDIUM,
      "more redirect hops than the threshold",
      "> %s hop",
      "Crawlers stop following long chains; every hop adds latency."),
  REDIRECT_LOOP(
      "status",
      CRITICAL,
      "the redirects come back to a URL already visited",
      null,
      "The page can never be reached."),
  META_REFRESH_REDIRECT(
      "status",
      MEDIUM,
      "a meta refresh tag or Refresh header sends to another URL",
      null,
      "Slower and less reliable than an HTTP 301; not every crawler follows it."),
  SLOW_RESPONSE(
      "status",
      MEDIUM,
      "fetching took longer than the threshold (all hops)",
      "> %s ms",
      "Slow responses hurt users and reduce how much of the site gets crawled."),
  BLOCKED_BY_ROBOTS(
      "status",
      LOW,
      "a URL the crawl found is disallowed by robots.txt",
      null,
      "Blocked pages cannot be read; if linked, their links and content are lost."),
  CONTENT_TYPE_MISMATCH(
      "status",
      MEDIUM,
      "the Content-Type header contradicts the body (HTML sent as another type, binary or JSON sent as HTML, or no Content-Type)",
      null,
      "Browsers and crawlers may refuse or misread the page."),
  BROKEN_LINK(
      "status",
      HIGH,
      "the page links to (or embeds) a URL answering 4xx/5xx or not at all; related_url is the target",
      null,
      "Dead ends for users and crawlers, wasted link equity."),
  LINK_TO_REDIRECT(
      "status",
      LOW,
      "the page links to a site URL that redirects; related_url is the link target",
      null,
      "Link straight to the final URL to save a hop."),
  NOINDEX(
      "indexability",
      MEDIUM,
      "a robots meta tag or X-Robots-Tag says noindex",
      null,
      "The page will not appear in search results; check that this is intended."),
  META_IN_BODY(
      "indexability",
      HIGH,
      "a meta tag ended up in the body (often because an invalid element closed the head early)",
      null,
      "Search engines ignore meta tags in the body, including robots and description."),
  ROBOTS_TXT_INVALID(
      "indexability",
      MEDIUM,
      "robots.txt has lines that do not parse or is unreachable (5xx)",
      null,
      "Rules that do not parse are ignored; a failing robots.txt stops crawling of the whole host."),
  CANONICAL_MISSING(
      "indexability",
      LOW,
      "an HTML page has no rel=canonical",
      null,
      "Without it, URL variants (parameters, case) compete with each other."),
  CANONICAL_MULTIPLE(
      "indexability",
      HIGH,
      "rel=canonical links name more than one distinct URL",
      null,
      "Conflicting canonicals are all ignored."),
  CANONICAL_RELATIVE(
      "indexability",
      LOW,
      "the canonical href has no scheme",
      null,
      "Relative canonicals break when the page is reachable under another host or path."),
  CANONICAL_TO_NON_200(
      "indexability",
      HIGH,
      "the canonical target answers other than 200 (redirect, error, no response)",
      null,
      "Search engines ignore canonicals to pages that do not exist."),
  CANONICAL_TO_NOINDEX(
      "indexability",
      HIGH,
      "the canonical target is noindex",
      null,
      "Contradictory signals: index that one, but it must not be indexed."),
  CANONICALISED(
      "indexability",
      INFO,
      "the canonical points to another URL",
      null,
      "This URL will not be indexed itself; listed for review."),
  NOFOLLOW_INTERNAL_LINK(
      "indexability",
      LOW,
      "a link to a site page carries rel=nofollow",
      null,
      "Internal nofollow wastes link equity and can hide pages."),
  HREFLANG_INVALID_CODE(
      "international",
      HIGH,
      "an hreflang value is not ISO 639-1 language [-script] [-ISO 3166-1 region] nor x-default",
      null,
      "Invalid annotations are ignored."),
  HREFLANG_MISSING_RETURN(
      "international",
      MEDIUM,
      "an hreflang alternate does not link back; related_url is the alternate",
      null,
      "Hreflang must be reciprocal or it is ignored."),
  HREFLANG_MISSING_SELF(
      "international",
      MEDIUM,
      "a page with hreflang annotations does not list itself",
      null,
      "Google expects each language version to reference itself."),
  HREFLANG_MISSING_X_DEFAULT(
      "international",
      LOW,
      "a page with hreflang annotations has no x-default",
      null,
      "Users of other languages get no fallback page."),
  HTML_LANG_MISSING(
      "international",
      LOW,
      "the html element has no lang attribute",
      null,
      "Screen readers and translators guess the language."),
  HTML_LANG_INVALID(
      "international",
      MEDIUM,
      "the html lang attribute is not a valid BCP 47 language tag",
      null,
      "An invalid language is as good as none."),
  TITLE_MISSING(
      "on-page",
      HIGH,
      "no title or an empty one",
      null,
      "The title is the headline of the search result."),
  TITLE_TOO_LONG(
      "on-page",
      LOW,
      "title longer than the threshold",
      "> %s chars",
      "Search results cut long titles."),
  TITLE_TOO_SHORT(
      "on-page",
      LOW,
      "title shorter than the threshold",
      "< %s chars",
      "Short titles waste the most visible line of the result."),
  TITLE_DUPLICATE(
      "on-page",
      MEDIUM,
      "the same title on several indexable pages (canonical empty or self); related_url is another one",
      null,
      "Users and search engines cannot tell the pages apart."),
  TITLE_MULTIPLE(
      "on-page",
      MEDIUM,
      "more than one title element",
      null,
      "Search engines pick one, maybe not yours."),
  DESCRIPTION_MISSING(
      "on-page",
      MEDIUM,
      "no meta description or an empty one",
      null,
      "The snippet is then improvised from the page."),
  DESCRIPTION_TOO_LONG(
      "on-page",
      LOW,
      "meta description longer than the threshold",
      "> %s chars",
      "Snippets are cut."),
  DESCRIPTION_TOO_SHORT(
      "on-page",
      LOW,
      "meta description shorter than the threshold",
      "< %s chars",
      "A short snippet sells the page badly."),
  DESCRIPTION_DUPLICATE(
      "on-page",
      MEDIUM,
      "the same description on several indexable pages (canonical empty or self); related_url is another one",
      null,
      "Duplicate snippets do not say why this page."),
  H1_MISSING(
      "on-page",
      MEDIUM,
      "no h1",
      null,
      "The main heading tells users and search engines what the page is about."),
  H1_MULTIPLE("on-page", LOW, "more than one h1", null, "Dilutes the main topic."),
  HEADING_ORDER(
      "on-page",
      LOW,
      "a heading skips a level going down (h2 then h4)",
      null,
      "Broken outline for screen readers (Lighthouse heading-order)."),
  OG_MISSING(
      "on-page",
      LOW,
      "og:title, og:description or og:image missing",
      null,
      "Shares on social networks look bare."),
  THIN_CONTENT(
      "content",
      MEDIUM,
      "fewer body words (outside links, navigation and scripts) than the threshold",
      "< %s words",
      "Thin pages rarely rank and can drag the site down."),
  DUPLICATE_CONTENT(
      "content",
      HIGH,
      "the same body text as another indexable page; related_url is another one",
      null,
      "Duplicates split ranking signals; one of them is chosen at random."),
  NEAR_DUPLICATE_CONTENT(
      "content",
      MEDIUM,
      "body text almost the same as another indexable page (SimHash of word 3-shingles); related_url is the most similar",
      ">= %s",
      "Near copies compete with each other."),
  DOM_TOO_LARGE(
      "content",
      LOW,
      "more elements than the threshold",
      "> %s elements",
      "Large DOMs render slowly (Lighthouse dom-size)."),
  PAGE_TOO_LARGE(
      "content",
      MEDIUM,
      "HTML larger than the threshold",
      "> %s bytes",
      "Search engines stop reading large pages (Googlebot: 15 MB); slow on mobile."),
  LINK_TEXT_NON_DESCRIPTIVE(
      "links",
      LOW,
      "link text such as 'click here', 'read more' (Lighthouse's English list)",
      null,
      "Anchor text tells users and search engines where a link leads."),
  LINK_EMPTY_ANCHOR(
      "links",
      MEDIUM,
      "a link without text, image alt, aria-label or title",
      null,
      "Nothing to read for screen readers and no anchor signal."),
  LINK_UNCRAWLABLE(
      "links",
      MEDIUM,
      "a link with an empty href or a javascript: URL",
      null,
      "Crawlers cannot follow it."),
  TOO_MANY_LINKS(
      "links",
      LOW,
      "more links than the threshold",
      "> %s links",
      "Each link gets less weight; often a sign of boilerplate."),
  DEAD_END(
      "links",
      LOW,
      "an HTML page without any link",
      null,
      "Users and crawlers have nowhere to go."),
  DEEP_PAGE(
      "links",
      LOW,
      "click depth from the start page above the threshold",
      "> %s clicks",
      "Deep pages get crawled less and rank worse."),
  ORPHAN_PAGE(
      "links",
      MEDIUM,
      "listed in a sitemap but linked from no crawled page",
      null,
      "Pages without internal links get little weight and may be forgotten."),
  IMG_ALT_MISSING(
      "images",
      MEDIUM,
      "an img without alt attribute (alt=\"\" marks decoration and is fine)",
      null,
      "Screen readers read the file name; image search has nothing to go on."),
  IMG_ALT_TOO_LONG(
      "images",
      LOW,
      "alt text longer than the threshold",
      "> %s chars",
      "Long alt texts are tiring to listen to; put long descriptions elsewhere."),
  IMG_TOO_LARGE(
      "images",
      MEDIUM,
      "an image larger than the threshold (reported on the image URL)",
      "> %s bytes",
      "Large images slow the page (Largest Contentful Paint)."),
  IMG_MISSING_SIZE(
      "images",
      LOW,
      "an img without width and height attributes",
      null,
      "The layout shifts when the image arrives (CLS)."),
  SITEMAP_INVALID(
      "sitemaps",
      HIGH,
      "a sitemap does not parse, fails to load, has relative locs or exceeds 50,000 URLs / 50 MB",
      null,
      "Search engines reject the whole file."),
  SITEMAP_NON_INDEXABLE_URL(
      "sitemaps",
      MEDIUM,
      "a sitemap lists a URL that is noindex, blocked, canonicalised, redirecting or not 200; related_url is the sitemap",
      null,
      "Sitemaps should list only canonical, indexable pages."),
  NOT_IN_SITEMAP(
      "sitemaps",
      LOW,
      "an indexable page missing from the site's sitemaps (only when the site has one)",
      null,
      "Sitemaps help search engines find and recrawl pages."),
  HTTP_PAGE(
      "security",
      HIGH,
      "an origin serves HTML pages over plain http (one finding per origin)",
      null,
      "Browsers mark http pages as not secure; https is a ranking signal."),
  MIXED_CONTENT(
      "security",
      HIGH,
      "an https page loads a resource over http",
      null,
      "Browsers block or flag mixed content."),
  FORM_INSECURE(
      "security",
      HIGH,
      "a form on an https page submits to an http URL",
      null,
      "Submitted data travels in clear text."),
  HSTS_MISSING(
      "security",
      MEDIUM,
      "an https origin whose pages send no Strict-Transport-Security header (one finding per origin)",
      null,
      "Without HSTS the first request can be downgraded."),
  VIEWPORT_MISSING(
      "mobile",
      HIGH,
      "no meta viewport",
      null,
      "The page renders at desktop width on phones; mobile-first indexing."),
  STRUCTURED_DATA_INVALID(
      "structured data",
      MEDIUM,
      "a JSON-LD block does not parse or lacks @context or @type",
      null,
      "Invalid structured data earns no rich results."),
  URL_UNDERSCORE(
      "urls",
      LOW,
      "the path contains '_'",
      null,
      "Search engines treat underscores as word joiners."),
  URL_UPPERCASE(
      "urls",
      LOW,
      "the path contains upper-case letters",
      null,
      "URLs are case-sensitive: duplicates and broken links follow."),
  URL_SPACE(
      "urls",
      MEDIUM,
      "the URL contains an encoded space",
      null,
      "Spaces break when URLs are copied and shared."),
  URL_DOUBLE_SLASH(
      "urls",
      LOW,
      "the path contains '//'",
      null,
      "Usually a template bug that creates duplicate URLs."),
  URL_TOO_LONG(
      "urls",
      LOW,
      "the URL is longer than the threshold",
      "> %s chars",
      "Long URLs are cut in results and hard to share."),
  URL_PARAMETERS(
      "urls",
      INFO,
      "the URL has query parameters",
      null,
      "Parameters can create many duplicate URLs; listed for review.");

  private final String category;
  private final Severity severity;
  private final String rule;
  private final String thresholdFormat;
  private final String why;

  Check(String category, Severity severity, String rule, String thresholdFormat, String why) {
    this.category = category;
    this.severity = severity;
    this.rule = rule;
    this.thresholdFormat = thresholdFormat;
    this.why = why;
  }

  /** The stable id, e.g. {@code title-too-long}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The group it belongs to (status, indexability, on-page, ...). */
  public String category() {
    return category;
  }

  /** The default severity. */
  public Severity severity() {
    return severity;
  }

  /** When it fires. */
  public String rule() {
    return rule;
  }

  /** Why it matters. */
  public String why() {
    return why;
  }

  /** The threshold as configured, e.g. {@code > 60 chars}; "" for checks without one. */
  public String threshold(Thresholds thresholds) {
    if (thresholdFormat == null) {
      return "";
    }
    Number value = thresholds.asMap().get(id());
    String shown =
        value instanceof Double d
            ? String.format(Locale.ROOT, "%.0f %%", d * 100)
            : String.format(Locale.ROOT, "%,d", value.longValue());
    return String.format(Locale.ROOT, thresholdFormat, shown);
  }

  /** The check with id {@code id}. */
  public static Check byId(String id) {
    for (Check c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown check id '" + id + "'");
  }
}
