package org.brandpulse.seoaudit.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.brandpulse.seoaudit.url.UrlNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link HtmlFacts} from an HTML body with jsoup. Broken markup is parsed the way browsers
 * parse it (HTML5 tree building), so an {@code <img>} in the head closes the head and every later
 * {@code <meta>} lands in the body, exactly as search engines see it.
 *
 * <p>Thread-safe; one instance serves a whole crawl.
 */
public final class PageExtractor {

  private final Predicate<String> internal;

  /**
   * An extractor that calls a link internal when {@code internal} accepts its normalised URL.
   *
   * @param internal whether a normalised http(s) URL belongs to the audited site
   */
  public PageExtractor(Predicate<String> internal) {
    this.internal = Objects.requireNonNull(internal, "internal");
  }

  /** An extractor for a site made of the given hosts (lower case, without port). */
  public static PageExtractor forHosts(java.util.Collection<String> hosts) {
    java.util.Set<String> set = java.util.Set.copyOf(hosts);
    return new PageExtractor(url -> set.contains(UrlNormalizer.authority(url)));
  }

  /**
   * Extracts the facts of one page.
   *
   * @param url the page's (final) normalised URL, the base for relative links
   * @param body the raw body
   * @param contentType the Content-Type header (its charset wins over the document's), or null
   * @param xRobotsTag the X-Robots-Tag header values joined by commas, or null
   */
  public HtmlFacts extract(String url, byte[] body, String contentType, String xRobotsTag) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(body), charset(contentType), url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the in-memory body of " + url, e);
    }
    return extract(url, doc, body.length, xRobotsTag);
  }

  /**
   * Extracts the facts of a document the crawler already parsed (it is only read).
   *
   * @param url the page's (final) normalised URL
   * @param doc the parsed document, its base URI set
   * @param htmlBytes the size of the HTML in bytes
   * @param xRobotsTag the X-Robots-Tag header values joined by commas, or null
   */
  public HtmlFacts extract(String url, Document doc, long htmlBytes, String xRobotsTag) {
    boolean https = url.regionMatches(true, 0, "https:", 0, 6);
    List<String> titles = new ArrayList<>();
    for (Element t : doc.select("title")) {
      if (t.closest("svg") == null) {
        add(titles, Clip.collapse(t.text()));
      }
    }
    List<String> descriptions = new ArrayList<>();
    doc.select("meta[name=description]").forEach(m -> add(descriptions, content(m)));
    Robots robots = Robots.of(doc, xRobotsTag);
    List<String> metaInBody = new ArrayList<>();
    for (Element m : doc.body().select("meta:not([itemprop])")) {
      add(metaInBody, metaName(m));
    }
    List<HtmlFacts.Canonical> canonicals = new ArrayList<>();
    for (Element l : doc.select("link[rel~=(?i)(^|\\s)canonical($|\\s)][href]")) {
      String href = l.attr("href").trim();
      add(canonicals, new HtmlFacts.Canonical(href, resolve(l, href)));
    }
    List<HtmlFacts.Hreflang> hreflangs = new ArrayList<>();
    for (Element l : doc.select("link[rel~=(?i)(^|\\s)alternate($|\\s)][hreflang][href]")) {
      add(hreflangs, new HtmlFacts.Hreflang(l.attr("hreflang").trim(), resolve(l, l.attr("href"))));
    }
    Element html = doc.selectFirst("html");
    String lang = html != null && html.hasAttr("lang") ? html.attr("lang").trim() : null;
    List<String> h1s = new ArrayList<>();
    StringBuilder headings = new StringBuilder();
    for (Element h : doc.body().select("h1, h2, h3, h4, h5, h6")) {
      if (headings.length() < HtmlFacts.MAX_ITEMS) {
        headings.append(h.normalName().charAt(1));
      }
      if (h.normalName().equals("h1")) {
        add(h1s, Clip.clip(Clip.collapse(h.text()), 200));
      }
    }
    BodyText text = BodyText.of(doc.body());
    Links links = Links.of(doc, url, https, internal);
    List<HtmlFacts.Image> images = new ArrayList<>();
    int imageCount = 0;
    for (Element img : doc.select("img")) {
      imageCount++;
      String alt = img.attr("alt");
      String src = img.attr("src").trim();
      String resolved = resolve(img, src);
      add(
          images,
          new HtmlFacts.Image(
              Clip.clip(resolved != null ? resolved : src, 500),
              img.hasAttr("alt"),
              Clip.length(Clip.collapse(alt)),
              img.hasAttr("width"),
              img.hasAttr("height")));
    }
    List<String> problems = new ArrayList<>();
    int jsonLd = 0;
    for (Element s : doc.select("script[type~=(?i)^\\s*application/ld\\+json\\s*$]")) {
      jsonLd++;
      String problem = JsonLd.problem(s.data());
      if (problem != null) {
        add(problems, "JSON-LD block " + jsonLd + " " + problem);
      }
    }
    return new HtmlFacts(
        titles,
        descriptions,
        robots.noindex(),
        robots.nofollow(),
        metaInBody,
        canonicals,
        hreflangs,
        lang,
        h1s,
        headings.toString(),
        has(doc, "og:title"),
        has(doc, "og:description"),
        has(doc, "og:image"),
        text.words(),
        text.contentHash(),
        text.simHash(),
        doc.getAllElements().size(),
        htmlBytes,
        links.links(),
        links.count(),
        images,
        imageCount,
        links.insecureForms(),
        links.mixedContent(),
        !doc.select("meta[name=viewport][content~=\\S]").isEmpty(),
        jsonLd,
        problems,
        metaRefresh(doc));
  }

  static String resolve(Element e, String href) {
    return UrlNormalizer.resolve(e.baseUri(), href.trim()).orElse(null);
  }

  static <T> void add(List<T> list, T item) {
    if (list.size() < HtmlFacts.MAX_ITEMS) {
      list.add(item);
    }
  }

  private static String content(Element meta) {
    return Clip.clip(Clip.collapse(meta.attr("content")), 1000);
  }

  private static String metaName(Element m) {
    for (String key : new String[] {"name", "http-equiv", "property", "charset"}) {
      if (m.hasAttr(key)) {
        return Clip.clip(key + "=" + m.attr(key).trim().toLowerCase(Locale.ROOT), 100);
      }
    }
    return "meta";
  }

  private static boolean has(Document doc, String property) {
    return !doc.select("meta[property=" + property + "], meta[name=" + property + "]").isEmpty();
  }

  private static String metaRefresh(Document doc) {
    for (Element m : doc.select("meta[http-equiv=refresh][content]")) {
      String content = m.attr("content");
      int at = content.toLowerCase(Locale.ROOT).indexOf("url");
      if (at < 0) {
        continue;
      }
      String target = content.substring(at + 3).trim();
      if (target.startsWith("=")) {
        target = target.substring(1).trim();
      }
      target = target.replaceAll("^['\"]|['\"]$", "");
      String url = resolve(m, target);
      return url != null ? url : Clip.clip(target, 200);
    }
    return null;
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at < 0) {
      return null;
    }
    String name = contentType.substring(at + 8).split("[;\\s]")[0].replace("\"", "").trim();
    try {
      return Charset.isSupported(name) ? name : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
