package org.brandpulse.ingest.source.timeline;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Post HTML (Mastodon {@code content}, Hacker News {@code comment_text}) to plain text: paragraphs
 * become blank lines, {@code <br>} a line break, entities are decoded and markup dropped.
 */
public final class HtmlText {

  private HtmlText() {}

  /** The text of an HTML fragment; null or blank input gives the empty string. */
  public static String toText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder(html.length());
    Element body = Jsoup.parseBodyFragment(html).body();
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(
                  inPre(text) ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " "));
            } else if (node instanceof Element element) {
              String tag = element.normalName();
              if (tag.equals("br")) {
                out.append('\n');
              } else if (isBlock(tag)) {
                paragraphBreak(out);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && isBlock(element.normalName())) {
              paragraphBreak(out);
            }
          }
        });
    return out.toString()
        .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static boolean inPre(TextNode text) {
    for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
      if (parent instanceof Element element && element.normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlock(String tag) {
    return switch (tag) {
      case "p", "div", "pre", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6" ->
          true;
      default -> false;
    };
  }

  private static void paragraphBreak(StringBuilder out) {
    if (out.length() > 0 && !endsWith(out, "\n\n")) {
      out.append(endsWith(out, "\n") ? "\n" : "\n\n");
    }
  }

  private static boolean endsWith(StringBuilder out, String suffix) {
    return out.length() >= suffix.length()
        && out.substring(out.length() - suffix.length()).equals(suffix);
  }
}
