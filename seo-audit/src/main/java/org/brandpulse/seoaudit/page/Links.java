package org.brandpulse.seoaudit.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The links, insecure form actions and mixed-content resources of one document. */
record Links(
    List<HtmlFacts.Link> links, int count, List<String> insecureForms, List<String> mixedContent) {

  private static final String RESOURCES =
      "script[src], link[rel~=(?i)stylesheet|icon|preload|modulepreload][href], img[src],"
          + " iframe[src], frame[src], video[src], audio[src], source[src], embed[src],"
          + " track[src], object[data], input[type=image][src]";

  static Links of(Document doc, String url, boolean https, Predicate<String> internal) {
    List<HtmlFacts.Link> links = new ArrayList<>();
    int count = 0;
    for (Element a : doc.select("a[href], area[href]")) {
      count++;
      if (links.size() >= HtmlFacts.MAX_ITEMS) {
        continue;
      }
      String href = a.attr("href").trim();
      String lower = href.toLowerCase(Locale.ROOT);
      boolean uncrawlable = href.isEmpty() || lower.startsWith("javascript:");
      String target = uncrawlable ? null : PageExtractor.resolve(a, href);
      boolean nofollow = a.attr("rel").toLowerCase(Locale.ROOT).matches(".*\\bnofollow\\b.*");
      links.add(
          new HtmlFacts.Link(
              target,
              Clip.clip(href, 200),
              Clip.clip(anchorText(a), 200),
              nofollow,
              target != null && internal.test(target),
              uncrawlable));
    }
    List<String> forms = new ArrayList<>();
    List<String> mixed = new ArrayList<>();
    if (https) {
      for (Element f : doc.select("form")) {
        String action = f.attr("action").trim();
        String target = action.isEmpty() ? url : PageExtractor.resolve(f, action);
        if (target != null && target.startsWith("http:")) {
          PageExtractor.add(forms, target);
        }
      }
      for (Element r : doc.select(RESOURCES)) {
        String attr = r.hasAttr("src") ? "src" : r.hasAttr("href") ? "href" : "data";
        String target = PageExtractor.resolve(r, r.attr(attr));
        if (target != null && target.startsWith("http:")) {
          PageExtractor.add(mixed, target);
        }
      }
    }
    return new Links(links, count, forms, mixed);
  }

  /** What a reader (or screen reader) gets as the link's text. */
  private static String anchorText(Element a) {
    String text = Clip.collapse(a.text());
    if (!text.isEmpty()) {
      return text;
    }
    StringBuilder alts = new StringBuilder();
    for (Element img : a.select("img[alt]")) {
      alts.append(img.attr("alt")).append(' ');
    }
    text = Clip.collapse(alts.toString());
    if (text.isEmpty()) {
      text = Clip.collapse(a.attr("aria-label"));
    }
    return text.isEmpty() ? Clip.collapse(a.attr("title")) : text;
  }
}
