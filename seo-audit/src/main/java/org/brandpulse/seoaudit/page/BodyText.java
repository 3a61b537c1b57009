package org.brandpulse.seoaudit.page;

import java.util.List;
import java.util.Set;
import org.brandpulse.nlp.text.SimHash;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The body text that counts as content: everything outside links, navigation, scripts, styles,
 * templates, forms' option lists and embedded SVG/MathML. Its words give the word count, the exact
 * content hash and the SimHash (word 3-shingles, {@link SimHash}; 0 for no words).
 */
record BodyText(int words, long contentHash, long simHash) {

  private static final Set<String> SKIPPED =
      Set.of(
          "a",
          "nav",
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "select",
          "option",
          "iframe",
          "object",
          "head");

  static BodyText of(Element body) {
    StringBuilder text = new StringBuilder();
    body.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode t) {
              text.append(t.getWholeText()).append(' ');
            } else if (node instanceof Element e && e.isBlock()) {
              text.append(' ');
            }
            return FilterResult.CONTINUE;
          }
        });
    List<String> words = Words.of(text);
    long simHash =
        words.isEmpty() ? 0L : SimHash.ofShingles(words.toArray(String[]::new), 3, false);
    return new BodyText(words.size(), Words.hash(String.join(" ", words)), simHash);
  }
}
