package org.brandpulse.reporting.alert;

import java.util.List;
import java.util.Locale;

/** The HTML body: inline styles only (mail clients drop style sheets), every value escaped. */
final class AlertHtml {

  private AlertHtml() {}

  static String render(AlertKind kind, String brand, List<AlertCase> cases, String subject) {
    StringBuilder b = new StringBuilder(2048);
    b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(Escape.html(subject))
        .append("</title></head>\n<body style=\"font-family:sans-serif;color:#222\">\n");
    b.append("<h2 style=\"margin:0 0 8px\">")
        .append(Escape.html(kind.title()))
        .append(" for ")
        .append(Escape.html(brand))
        .append("</h2>\n");
    b.append("<img src=\"cid:")
        .append(AlertComposer.IMAGE_ID)
        .append("\" width=\"")
        .append(SeverityStrip.WIDTH)
        .append("\" height=\"")
        .append(SeverityStrip.HEIGHT)
        .append("\" alt=\"")
        .append(cases.size())
        .append(" case(s) by severity\">\n");
    if (kind == AlertKind.ESCALATION) {
      b.append("<p>These cases passed their SLA without a reply from the brand.</p>\n");
    }
    for (AlertCase c : cases) {
      caseBlock(b, c);
    }
    b.append("<p style=\"color:#888;font-size:12px\">Brandpulse complaint alerts. Reply or")
        .append(" resolve the case in the web UI.</p>\n</body></html>\n");
    return b.toString();
  }

  private static void caseBlock(StringBuilder b, AlertCase c) {
    String color = String.format(Locale.ROOT, "#%06X", SeverityStrip.rgb(c.severity()));
    b.append("<div style=\"border-left:6px solid ")
        .append(color)
        .append(";padding:4px 12px;margin:16px 0\">\n");
    b.append(
        String.format(
            Locale.ROOT,
            "<p style=\"margin:0\"><b>Priority %d/100</b> &middot; severity %s &middot; %s</p>%n",
            c.priority(),
            c.severity().name().toLowerCase(Locale.ROOT),
            Escape.html(AlertComposer.label(c.category()))));
    b.append("<p style=\"margin:4px 0\">")
        .append(Escape.html(c.author()))
        .append(String.format(Locale.ROOT, " &middot; reach %,d", c.reach()))
        .append(String.format(Locale.ROOT, " &middot; engagement %,d", c.engagement()))
        .append(" &middot; posted ")
        .append(AlertComposer.time(c.createdAt()))
        .append(" &middot; SLA due ")
        .append(AlertComposer.time(c.slaDue()))
        .append("</p>\n");
    b.append("<blockquote dir=\"auto\" style=\"margin:8px 0;padding:8px;background:#f6f6f6;")
        .append("white-space:pre-wrap\">")
        .append(Escape.html(c.text()))
        .append("</blockquote>\n<p style=\"margin:4px 0\">Why flagged:</p>\n<ul>\n");
    c.reasons().forEach(r -> b.append("<li>").append(Escape.html(r)).append("</li>\n"));
    b.append("</ul>\n<p>");
    String post = Escape.url(c.postUrl());
    if (post != null) {
      b.append("<a href=\"").append(Escape.html(post)).append("\">Open the post</a> &middot; ");
    }
    b.append("<a href=\"")
        .append(Escape.html(c.caseUrl()))
        .append("\">Open the case</a></p>\n</div>\n");
  }
}
