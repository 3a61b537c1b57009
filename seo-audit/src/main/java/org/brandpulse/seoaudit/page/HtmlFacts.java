package org.brandpulse.seoaudit.page;

import java.util.List;
import java.util.Objects;

/**
 * What the HTML of one page says, read once by {@link PageExtractor}. Strings are whitespace
 * collapsed; lists keep document order and hold at most {@link #MAX_ITEMS} entries.
 *
 * @param titles every {@code <title>} outside SVG
 * @param descriptions every {@code <meta name=description>} content
 * @param noindex a robots meta tag or the {@code X-Robots-Tag} header says noindex (or none)
 * @param nofollow a robots meta tag or the {@code X-Robots-Tag} header says nofollow (or none)
 * @param metaInBody name (or http-equiv, property, charset) of each {@code <meta>} that ended up in
 *     the body, where search engines ignore it; microdata ({@code itemprop}) excluded
 * @param canonicals every {@code <link rel=canonical>}
 * @param hreflangs every {@code <link rel=alternate hreflang>}
 * @param htmlLang the {@code lang} attribute of {@code <html>}, null when absent
 * @param h1s the text of each {@code <h1>}
 * @param headings the heading levels in document order, one digit each ({@code "1223"})
 * @param ogTitle an {@code og:title} meta tag is present
 * @param ogDescription an {@code og:description} meta tag is present
 * @param ogImage an {@code og:image} meta tag is present
 * @param words words of body text outside links, navigation, scripts and styles
 * @param contentHash 64-bit hash of that text, lower-cased (exact duplicates)
 * @param simHash 64-bit SimHash of that text's word 3-shingles (near duplicates)
 * @param elements number of elements in the document
 * @param htmlBytes size of the HTML in bytes
 * @param links the links ({@code <a href>}, {@code <area href>}); see {@link #linkCount()}
 * @param linkCount links on the page, even beyond the list's cap
 * @param images the images; see {@link #imageCount()}
 * @param imageCount images on the page, even beyond the list's cap
 * @param insecureForms form actions that submit over http from an https page
 * @param mixedContent http: sub-resources (scripts, styles, images, frames, media) of an https page
 * @param viewport a {@code <meta name=viewport>} with content is present
 * @param jsonLdBlocks number of {@code application/ld+json} scripts
 * @param structuredDataProblems one line per JSON-LD block that does not parse or lacks
 *     {@code @context} or {@code @type}
 * @param metaRefreshUrl the target of a {@code <meta http-equiv=refresh>} redirect, or null
 */
public record HtmlFacts(
    List<String> titles,
    List<String> descriptions,
    boolean noindex,
    boolean nofollow,
    List<String> metaInBody,
    List<Canonical> canonicals,
    List<Hreflang> hreflangs,
    String htmlLang,
    List<String> h1s,
    String headings,
    boolean ogTitle,
    boolean ogDescription,
    boolean ogImage,
    int words,
    long contentHash,
    long simHash,
    int elements,
    long htmlBytes,
    List<Link> links,
    int linkCount,
    List<Image> images,
    int imageCount,
    List<String> insecureForms,
    List<String> mixedContent,
    boolean viewport,
    int jsonLdBlocks,
    List<String> structuredDataProblems,
    String metaRefreshUrl) {

  /** The cap on every list (links, images, titles, ...). */
  public static final int MAX_ITEMS = 2_000;

  public HtmlFacts {
    titles = List.copyOf(titles);
    descriptions = List.copyOf(descriptions);
    metaInBody = List.copyOf(metaInBody);
    canonicals = List.copyOf(canonicals);
    hreflangs = List.copyOf(hreflangs);
    h1s = List.copyOf(h1s);
    Objects.requireNonNull(headings, "headings");
    links = List.copyOf(links);
    images = List.copyOf(images);
    insecureForms = List.copyOf(insecureForms);
    mixedContent = List.copyOf(mixedContent);
    structuredDataProblems = List.copyOf(structuredDataProblems);
    if (words < 0 || elements < 0 || htmlBytes < 0 || linkCount < links.size()) {
      throw new IllegalArgumentException(
          "counts must be >= 0 and cover the lists: words="
              + words
              + " elements="
              + elements
              + " htmlBytes="
              + htmlBytes
              + " linkCount="
              + linkCount);
    }
  }

  /** The first title, or null when the page has none. */
  public String title() {
    return titles.isEmpty() ? null : titles.get(0);
  }

  /** The first meta description, or null when the page has none. */
  public String description() {
    return descriptions.isEmpty() ? null : descriptions.get(0);
  }

  /**
   * A {@code <link rel=canonical>}.
   *
   * @param href the attribute as written
   * @param url the normalised absolute URL, null when {@code href} is not a valid http(s) URL
   */
  public record Canonical(String href, String url) {
    public Canonical {
      Objects.requireNonNull(href, "href");
    }

    /** Whether {@code href} was written without a scheme (relative or protocol-relative). */
    public boolean relative() {
      return !href.regionMatches(true, 0, "http:", 0, 5)
          && !href.regionMatches(true, 0, "https:", 0, 6);
    }
  }

  /**
   * An hreflang alternate.
   *
   * @param code the {@code hreflang} value as written (trimmed)
   * @param url the normalised absolute URL, null when the href is not a valid http(s) URL
   */
  public record Hreflang(String code, String url) {
    public Hreflang {
      Objects.requireNonNull(code, "code");
    }
  }

  /**
   * A link.
   *
   * @param url the normalised absolute target without fragment; null for {@code mailto:}, {@code
   *     tel:}, {@code javascript:}, empty and malformed hrefs
   * @param href the attribute as written, clipped to 200 characters
   * @param text the anchor text (or the alt text of images in it, or its aria-label or title)
   * @param nofollow {@code rel} contains {@code nofollow}
   * @param internal the target is on the audited site
   * @param uncrawlable the href is empty or a {@code javascript:} URL
   */
  public record Link(
      String url,
      String href,
      String text,
      boolean nofollow,
      boolean internal,
      boolean uncrawlable) {
    public Link {
      Objects.requireNonNull(href, "href");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * An image.
   *
   * @param src the normalised absolute source, or the attribute as written when it is not http(s)
   * @param altPresent the {@code alt} attribute exists (empty alt marks a decorative image)
   * @param altLength the alt text's length in code points
   * @param width a {@code width} attribute is present
   * @param height a {@code height} attribute is present
   */
  public record Image(
      String src, boolean altPresent, int altLength, boolean width, boolean height) {
    public Image {
      Objects.requireNonNull(src, "src");
    }
  }
}
