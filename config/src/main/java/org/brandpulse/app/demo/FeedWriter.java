package org.brandpulse.app.demo;

import static org.brandpulse.app.demo.Escapes.xml;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Writes the news as RSS 2.0 and the blog posts as Atom 1.0 (RFC 4287). */
final class FeedWriter {
  static final String RSS_FILE = "news.rss.xml";
  static final String ATOM_FILE = "blog.atom.xml";

  private FeedWriter() {}

  /** RSS 2.0 with dc:creator; items whose guid is in {@code undated} get no date at all. */
  static Written rss(List<FeedItem> items, Set<String> undated) {
    List<String> lines = new ArrayList<>();
    List<MalformedRecord> malformed = new ArrayList<>();
    lines.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    lines.add("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
    lines.add("  <channel>");
    lines.add("    <title>Bazarly, ShopNest &amp; Dhakart in the news</title>");
    lines.add("    <link>https://news.example/topics/bangladesh-ecommerce</link>");
    lines.add(
        "    <description>News and reviews mentioning Bazarly, ShopNest and Dhakart</description>");
    lines.add("    <language>en</language>");
    lines.add("    <lastBuildDate>" + rfc822(latest(items, false)) + "</lastBuildDate>");
    for (FeedItem item : items) {
      lines.add("    <item>");
      if (undated.contains(item.id())) {
        malformed.add(
            new MalformedRecord(
                RSS_FILE,
                lines.size(),
                item.id(),
                MalformedRecord.Problem.MISSING_DATE,
                "item has neither pubDate nor dc:date"));
      }
      lines.add("      <title>" + xml(item.title()) + "</title>");
      lines.add("      <link>" + xml(item.link()) + "</link>");
      lines.add("      <guid isPermaLink=\"true\">" + xml(item.id()) + "</guid>");
      if (!undated.contains(item.id())) {
        lines.add("      <pubDate>" + rfc822(item.published()) + "</pubDate>");
      }
      if (item.author() != null) {
        lines.add("      <dc:creator>" + xml(item.author()) + "</dc:creator>");
      }
      lines.add("      <description>" + xml(item.summaryHtml()) + "</description>");
      lines.add("    </item>");
    }
    lines.add("  </channel>");
    lines.add("</rss>");
    return new Written(String.join("\n", lines) + "\n", malformed);
  }

  /** Atom 1.0; entries carry published and updated, a summary or (every third) content. */
  static String atom(List<FeedItem> items) {
    StringBuilder out = new StringBuilder(items.size() * 600);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n")
        .append("  <title>Bazarly blog and friends</title>\n")
        .append(
            "  <subtitle>The Bazarly team and bloggers writing about online shopping in Bangladesh</subtitle>\n")
        .append("  <id>tag:blog.bazarly.com,2020:planet</id>\n")
        .append("  <link rel=\"alternate\" href=\"https://blog.bazarly.com/planet\"/>\n")
        .append("  <link rel=\"self\" href=\"https://blog.bazarly.com/planet/atom.xml\"/>\n")
        .append("  <updated>")
        .append(iso(latest(items, true)))
        .append("</updated>\n");
    int n = 0;
    for (FeedItem item : items) {
      String body = n++ % 3 == 2 ? "content" : "summary";
      out.append("  <entry>\n")
          .append("    <id>")
          .append(xml(item.id()))
          .append("</id>\n")
          .append("    <title>")
          .append(xml(item.title()))
          .append("</title>\n")
          .append("    <link rel=\"alternate\" href=\"")
          .append(xml(item.link()))
          .append("\"/>\n")
          .append("    <published>")
          .append(iso(item.published()))
          .append("</published>\n")
          .append("    <updated>")
          .append(iso(item.updated()))
          .append("</updated>\n")
          .append("    <author><name>")
          .append(xml(item.author()))
          .append("</name></author>\n")
          .append("    <")
          .append(body)
          .append(" type=\"html\">")
          .append(xml(item.summaryHtml()))
          .append("</")
          .append(body)
          .append(">\n")
          .append("  </entry>\n");
    }
    return out.append("</feed>\n").toString();
  }

  private static Instant latest(List<FeedItem> items, boolean updated) {
    return items.stream()
        .map(updated ? FeedItem::updated : FeedItem::published)
        .max(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalArgumentException("a feed needs at least one item"));
  }

  /** RFC 822 date as RFC 1123 refines it, e.g. {@code Tue, 1 Sep 2026 08:15:00 GMT}. */
  static String rfc822(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
  }

  static String iso(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at);
  }
}
