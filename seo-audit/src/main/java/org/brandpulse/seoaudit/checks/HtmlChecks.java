package org.brandpulse.seoaudit.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.brandpulse.seoaudit.page.Clip;
import org.brandpulse.seoaudit.page.HtmlFacts;

/** The checks that read one page's HTML facts: indexability, on-page, content, links, images. */
final class HtmlChecks {

  /** Lighthouse's English list of non-descriptive link texts (audits/seo/link-text.js). */
  static final Set<String> NON_DESCRIPTIVE =
      Set.of(
          "click here",
          "click this",
          "go",
          "here",
          "information",
          "learn more",
          "more",
          "more info",
          "more information",
          "right here",
          "read more",
          "see more",
          "start",
          "this");

  private final Thresholds t;
  private final String url;
  private final int depth;
  private final HtmlFacts h;
  private final Consumer<Finding> out;

  HtmlChecks(Thresholds t, String url, int depth, HtmlFacts h, Consumer<Finding> out) {
    this.t = t;
    this.url = url;
    this.depth = depth;
    this.h = h;
    this.out = out;
  }

  void run() {
    indexability();
    onPage();
    content();
    links();
    images();
    if (!h.mixedContent().isEmpty()) {
      report(
          Check.MIXED_CONTENT,
          h.mixedContent().size() + " http resources",
          h.mixedContent().get(0));
    }
    if (!h.insecureForms().isEmpty()) {
      report(Check.FORM_INSECURE, "form submits to http", h.insecureForms().get(0));
    }
    if (!h.viewport()) {
      report(Check.VIEWPORT_MISSING, "no meta viewport", null);
    }
    if (!h.structuredDataProblems().isEmpty()) {
      report(Check.STRUCTURED_DATA_INVALID, String.join("; ", h.structuredDataProblems()), null);
    }
    UrlChecks.run(url, t, out);
  }

  private void indexability() {
    if (h.noindex()) {
      report(Check.NOINDEX, "noindex", null);
    }
    if (!h.metaInBody().isEmpty()) {
      report(Check.META_IN_BODY, String.join(", ", h.metaInBody()), null);
    }
    Set<String> targets = new LinkedHashSet<>();
    for (HtmlFacts.Canonical c : h.canonicals()) {
      targets.add(c.url() == null ? c.href() : c.url());
      if (c.relative()) {
        report(Check.CANONICAL_RELATIVE, "href=\"" + Clip.clip(c.href(), 100) + "\"", c.url());
      }
    }
    if (targets.isEmpty()) {
      report(Check.CANONICAL_MISSING, "no rel=canonical", null);
    } else if (targets.size() > 1) {
      report(Check.CANONICAL_MULTIPLE, targets.size() + " different canonicals", null);
    } else if (!targets.iterator().next().equals(url)) {
      report(Check.CANONICALISED, "canonical names another URL", targets.iterator().next());
    }
    List<String> invalid = new ArrayList<>();
    boolean self = false;
    boolean xDefault = false;
    for (HtmlFacts.Hreflang l : h.hreflangs()) {
      if (!LanguageTags.validHreflang(l.code())) {
        invalid.add("'" + Clip.clip(l.code(), 30) + "'");
      }
      self |= url.equals(l.url());
      xDefault |= l.code().equalsIgnoreCase("x-default");
    }
    if (!invalid.isEmpty()) {
      report(Check.HREFLANG_INVALID_CODE, String.join(", ", invalid), null);
    }
    if (!h.hreflangs().isEmpty() && !self) {
      report(
          Check.HREFLANG_MISSING_SELF,
          h.hreflangs().size() + " alternates, none to this page",
          null);
    }
    if (!h.hreflangs().isEmpty() && !xDefault) {
      report(Check.HREFLANG_MISSING_X_DEFAULT, h.hreflangs().size() + " alternates", null);
    }
    if (h.htmlLang() == null || h.htmlLang().isEmpty()) {
      report(Check.HTML_LANG_MISSING, "no lang on <html>", null);
    } else if (!LanguageTags.validLang(h.htmlLang())) {
      report(Check.HTML_LANG_INVALID, "lang=\"" + Clip.clip(h.htmlLang(), 40) + "\"", null);
    }
  }

  private void onPage() {
    String title = h.title();
    if (title == null || title.isEmpty()) {
      report(Check.TITLE_MISSING, title == null ? "no <title>" : "empty <title>", null);
    } else {
      length(
          Check.TITLE_TOO_LONG, Check.TITLE_TOO_SHORT, title, t.titleMaxChars(), t.titleMinChars());
    }
    if (h.titles().size() > 1) {
      report(Check.TITLE_MULTIPLE, h.titles().size() + " <title> elements", null);
    }
    String description = h.description();
    if (description == null || description.isEmpty()) {
      report(
          Check.DESCRIPTION_MISSING, description == null ? "no meta description" : "empty", null);
    } else {
      length(
          Check.DESCRIPTION_TOO_LONG,
          Check.DESCRIPTION_TOO_SHORT,
          description,
          t.descriptionMaxChars(),
          t.descriptionMinChars());
    }
    if (h.h1s().isEmpty()) {
      report(Check.H1_MISSING, "no <h1>", null);
    } else if (h.h1s().size() > 1) {
      report(Check.H1_MULTIPLE, h.h1s().size() + " <h1> elements", null);
    }
    String levels = h.headings();
    for (int i = 1; i < levels.length(); i++) {
      if (levels.charAt(i) > levels.charAt(i - 1) + 1) {
        report(
            Check.HEADING_ORDER,
            "h" + levels.charAt(i - 1) + " followed by h" + levels.charAt(i),
            null);
        break;
      }
    }
    List<String> og = new ArrayList<>();
    if (!h.ogTitle()) {
      og.add("og:title");
    }
    if (!h.ogDescription()) {
      og.add("og:description");
    }
    if (!h.ogImage()) {
      og.add("og:image");
    }
    if (!og.isEmpty()) {
      report(Check.OG_MISSING, "missing " + String.join(", ", og), null);
    }
  }

  private void content() {
    if (h.words() < t.thinContentWords()) {
      report(Check.THIN_CONTENT, h.words() + " words", null);
    }
    if (h.elements() > t.maxElements()) {
      report(Check.DOM_TOO_LARGE, h.elements() + " elements", null);
    }
    if (h.htmlBytes() > t.maxHtmlBytes()) {
      report(Check.PAGE_TOO_LARGE, h.htmlBytes() + " bytes", null);
    }
    if (depth > t.maxDepth()) {
      report(Check.DEEP_PAGE, "click depth " + depth, null);
    }
  }

  private void links() {
    List<HtmlFacts.Link> vague = new ArrayList<>();
    List<HtmlFacts.Link> empty = new ArrayList<>();
    List<HtmlFacts.Link> uncrawlable = new ArrayList<>();
    List<HtmlFacts.Link> nofollow = new ArrayList<>();
    int followable = 0;
    for (HtmlFacts.Link l : h.links()) {
      String text = l.text().toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}…»›→]+$", "").trim();
      if (l.uncrawlable()) {
        uncrawlable.add(l);
      } else if (l.url() != null) {
        followable++;
      }
      if (l.text().isEmpty()) {
        empty.add(l);
      } else if (NON_DESCRIPTIVE.contains(text)) {
        vague.add(l);
      }
      if (l.nofollow() && l.internal()) {
        nofollow.add(l);
      }
    }
    linkFinding(Check.LINK_TEXT_NON_DESCRIPTIVE, vague, true);
    linkFinding(Check.LINK_EMPTY_ANCHOR, empty, false);
    linkFinding(Check.LINK_UNCRAWLABLE, uncrawlable, false);
    linkFinding(Check.NOFOLLOW_INTERNAL_LINK, nofollow, false);
    if (h.linkCount() > t.maxLinks()) {
      report(Check.TOO_MANY_LINKS, h.linkCount() + " links", null);
    }
    if (followable == 0) {
      report(Check.DEAD_END, "no links", null);
    }
  }

  private void images() {
    List<String> noAlt = new ArrayList<>();
    List<String> longAlt = new ArrayList<>();
    List<String> noSize = new ArrayList<>();
    for (HtmlFacts.Image i : h.images()) {
      if (!i.altPresent()) {
        noAlt.add(i.src());
      } else if (i.altLength() > t.imgAltMaxChars()) {
        longAlt.add(i.src());
      }
      if (!i.width() || !i.height()) {
        noSize.add(i.src());
      }
    }
    imageFinding(Check.IMG_ALT_MISSING, noAlt, "without alt");
    imageFinding(
        Check.IMG_ALT_TOO_LONG, longAlt, "with alt text over " + t.imgAltMaxChars() + " chars");
    imageFinding(Check.IMG_MISSING_SIZE, noSize, "without width and height");
  }

  private void imageFinding(Check check, List<String> srcs, String what) {
    if (!srcs.isEmpty()) {
      report(check, srcs.size() + (srcs.size() == 1 ? " image " : " images ") + what, srcs.get(0));
    }
  }

  private void linkFinding(Check check, List<HtmlFacts.Link> links, boolean quoteText) {
    if (links.isEmpty()) {
      return;
    }
    HtmlFacts.Link first = links.get(0);
    String detail =
        links.size()
            + (links.size() == 1 ? " link" : " links")
            + (quoteText ? ", e.g. \"" + Clip.clip(first.text(), 60) + "\"" : "")
            + " (href=\""
            + Clip.clip(first.href(), 80)
            + "\")";
    report(check, detail, first.url());
  }

  private void length(Check tooLong, Check tooShort, String text, int max, int min) {
    int n = Clip.length(text);
    if (n > max) {
      report(tooLong, n + " chars: \"" + Clip.clip(text, 120) + "\"", null);
    } else if (n < min) {
      report(tooShort, n + " chars: \"" + text + "\"", null);
    }
  }

  private void report(Check check, String detail, String related) {
    out.accept(Finding.of(check, url, detail, related));
  }
}
