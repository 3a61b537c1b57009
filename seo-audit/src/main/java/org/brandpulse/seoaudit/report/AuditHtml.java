package org.brandpulse.seoaudit.report;

import static org.brandpulse.seoaudit.report.Html.escape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.brandpulse.seoaudit.audit.AuditDiff;
import org.brandpulse.seoaudit.audit.AuditResult;
import org.brandpulse.seoaudit.audit.PageSummary;
import org.brandpulse.seoaudit.checks.Check;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code audit.html}: one self-contained page (ECharts inlined, no network) with the health score,
 * findings per severity and per category as charts, the findings grouped by check with counts and
 * severity, what changed since the previous audit, and the page table. Every text that came from
 * the crawled site (URLs, titles, details) is HTML-escaped. Long lists are capped ({@link
 * #MAX_ROWS_PER_CHECK}, {@link #MAX_PAGE_ROWS}); the CSV and JSON have everything.
 */
public final class AuditHtml {

  /** Findings listed per check (the count is always complete). */
  public static final int MAX_ROWS_PER_CHECK = 500;

  /** Pages listed in the page table. */
  public static final int MAX_PAGE_ROWS = 10_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AuditHtml() {}

  /** Writes the report; {@code diff} may be null when there is no previous audit. */
  public static void write(AuditResult result, AuditDiff diff, Path file) throws IOException {
    Files.writeString(file, render(result, diff));
  }

  /** The report as HTML text. */
  public static String render(AuditResult r, AuditDiff diff) {
    StringBuilder h = new StringBuilder(64 * 1024 + r.findings().size() * 200);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>SEO audit: ")
        .append(escape(r.site()))
        .append("</title><style>")
        .append(Css.STYLE)
        .append("</style></head><body>\n");
    h.append("<header><h1>SEO audit of ")
        .append(escape(r.site()))
        .append("</h1><p>")
        .append("Started ")
        .append(escape(r.startedAt().toString()))
        .append(", finished ")
        .append(escape(r.finishedAt().toString()))
        .append(", stopped: ")
        .append(escape(r.stopReason()))
        .append(", ")
        .append(r.pages().size())
        .append(" pages, ")
        .append(r.findings().size())
        .append(" findings.</p>")
        .append("<div class=\"score\" id=\"health-score\">")
        .append(String.format(Locale.ROOT, "%.1f", r.healthScore()))
        .append("<small>/100 health</small></div></header>\n");
    Map<Severity, Long> bySeverity = r.countsBySeverity();
    h.append("<section class=\"cards\">");
    bySeverity.forEach(
        (s, n) ->
            h.append("<div class=\"card sev-")
                .append(s.id())
                .append("\"><b>")
                .append(n)
                .append("</b> ")
                .append(s.id())
                .append("</div>"));
    h.append("</section>\n");
    if (diff != null) {
      diff(h, diff);
    }
    charts(h, r, bySeverity);
    byCheck(h, r.findings());
    pageTable(h, r.pages());
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void diff(StringBuilder h, AuditDiff d) {
    h.append("<section><h2>Since the previous audit</h2><p class=\"diff\">")
        .append("<span class=\"new\">")
        .append(d.added().size())
        .append(" new</span> · ")
        .append("<span class=\"fixed\">")
        .append(d.fixed().size())
        .append(" fixed</span> · ")
        .append(d.persisting().size())
        .append(" persisting</p>");
    findingList(h, "New", d.added());
    findingList(h, "Fixed", d.fixed());
    h.append("</section>\n");
  }

  private static void findingList(StringBuilder h, String title, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    h.append("<details><summary>")
        .append(title)
        .append(" (")
        .append(findings.size())
        .append(")</summary>");
    findingTable(h, findings, true);
    h.append("</details>");
  }

  private static void charts(StringBuilder h, AuditResult r, Map<Severity, Long> bySeverity) {
    List<Map<String, Object>> severityData = new ArrayList<>();
    bySeverity.forEach(
        (s, n) -> {
          if (n > 0) {
            severityData.add(Map.of("name", s.id(), "value", n));
          }
        });
    Map<String, Long> byCategory = new TreeMap<>();
    r.findings().forEach(f -> byCategory.merge(category(f.check()), 1L, Long::sum));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("severity", severityData);
    data.put("categories", new ArrayList<>(byCategory.keySet()));
    data.put("categoryCounts", new ArrayList<>(byCategory.values()));
    h.append("<section class=\"charts\"><div id=\"chart-severity\" class=\"chart\"></div>")
        .append("<div id=\"chart-category\" class=\"chart\"></div></section>\n")
        .append("<script>")
        .append(ECharts.script())
        .append("</script>\n<script>var auditData = ")
        .append(Html.scriptSafe(JSON.writeValueAsString(data)))
        .append(";\n")
        .append(Css.CHART_SCRIPT)
        .append("</script>\n");
  }

  private static void byCheck(StringBuilder h, List<Finding> findings) {
    Map<String, List<Finding>> groups = new TreeMap<>();
    findings.forEach(f -> groups.computeIfAbsent(f.check(), c -> new ArrayList<>()).add(f));
    h.append("<section><h2>Findings by check</h2><table class=\"summary\"><thead><tr>")
        .append("<th>check</th><th>severity</th><th>category</th><th>findings</th></tr></thead>")
        .append("<tbody>");
    List<Map.Entry<String, List<Finding>>> ordered = new ArrayList<>(groups.entrySet());
    ordered.sort(
        (a, b) -> {
          int bySev = a.getValue().get(0).severity().compareTo(b.getValue().get(0).severity());
          return bySev != 0 ? bySev : Integer.compare(b.getValue().size(), a.getValue().size());
        });
    for (var e : ordered) {
      Severity s = e.getValue().get(0).severity();
      h.append("<tr><td><a href=\"#check-")
          .append(escape(e.getKey()))
          .append("\">")
          .append(escape(e.getKey()))
          .append("</a></td><td class=\"sev-")
          .append(s.id())
          .append("\">")
          .append(s.id())
          .append("</td><td>")
          .append(escape(category(e.getKey())))
          .append("</td><td>")
          .append(e.getValue().size())
          .append("</td></tr>");
    }
    h.append("</tbody></table>\n");
    for (var e : ordered) {
      List<Finding> list = e.getValue();
      h.append("<details id=\"check-")
          .append(escape(e.getKey()))
          .append("\"><summary>")
          .append(escape(e.getKey()))
          .append(" (")
          .append(list.size())
          .append(")</summary>");
      h.append("<p class=\"why\">").append(escape(why(e.getKey()))).append("</p>");
      findingTable(h, list.subList(0, Math.min(list.size(), MAX_ROWS_PER_CHECK)), false);
      if (list.size() > MAX_ROWS_PER_CHECK) {
        h.append("<p>").append(list.size() - MAX_ROWS_PER_CHECK).append(" more in audit.csv.</p>");
      }
      h.append("</details>\n");
    }
    h.append("</section>\n");
  }

  private static void findingTable(StringBuilder h, List<Finding> findings, boolean withCheck) {
    h.append("<table><thead><tr>")
        .append(withCheck ? "<th>check</th>" : "")
        .append("<th>URL</th><th>detail</th><th>related URL</th></tr></thead><tbody>");
    for (Finding f : findings) {
      h.append("<tr>");
      if (withCheck) {
        h.append("<td>").append(escape(f.check())).append("</td>");
      }
      h.append("<td class=\"url\">")
          .append(escape(f.url()))
          .append("</td><td>")
          .append(escape(f.detail()))
          .append("</td><td class=\"url\">")
          .append(escape(f.relatedUrl()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
  }

  private static void pageTable(StringBuilder h, List<PageSummary> pages) {
    h.append("<section><h2>Pages</h2><table class=\"pages\"><thead><tr><th>URL</th>")
        .append("<th>status</th><th>depth</th><th>title</th><th>words</th><th>ms</th>")
        .append("<th>indexable</th><th>findings</th></tr></thead><tbody>");
    for (PageSummary p : pages.subList(0, Math.min(pages.size(), MAX_PAGE_ROWS))) {
      h.append("<tr><td class=\"url\">")
          .append(escape(p.url()))
          .append("</td><td>")
          .append(p.status())
          .append("</td><td>")
          .append(p.depth())
          .append("</td><td>")
          .append(escape(p.title()))
          .append("</td><td>")
          .append(p.words())
          .append("</td><td>")
          .append(p.fetchMillis())
          .append("</td><td>")
          .append(p.indexable() ? "yes" : "no")
          .append("</td><td>")
          .append(p.findings())
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
    if (pages.size() > MAX_PAGE_ROWS) {
      h.append("<p>").append(pages.size() - MAX_PAGE_ROWS).append(" more in audit.json.</p>");
    }
    h.append("</section>\n");
  }

  private static String category(String check) {
    try {
      return Check.byId(check).category();
    } catch (IllegalArgumentException e) {
      return "other";
    }
  }

  private static String why(String check) {
    try {
      Check c = Check.byId(check);
      return c.rule() + ". " + c.why();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
