package org.brandpulse.seoaudit.checks;

import static org.brandpulse.seoaudit.checks.SiteGraph.BLOCKED;
import static org.brandpulse.seoaudit.checks.SiteGraph.CANONICALISED;
import static org.brandpulse.seoaudit.checks.SiteGraph.EMBED;
import static org.brandpulse.seoaudit.checks.SiteGraph.HTML200;
import static org.brandpulse.seoaudit.checks.SiteGraph.INLINK;
import static org.brandpulse.seoaudit.checks.SiteGraph.IN_SITEMAP;
import static org.brandpulse.seoaudit.checks.SiteGraph.NOINDEX;
import static org.brandpulse.seoaudit.checks.SiteGraph.PAGE;
import static org.brandpulse.seoaudit.checks.SiteGraph.POOL;
import static org.brandpulse.seoaudit.checks.SiteGraph.REDIRECT;
import static org.brandpulse.seoaudit.checks.SiteGraph.START;
import static org.brandpulse.seoaudit.checks.SiteGraph.UNKNOWN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.brandpulse.seoaudit.crawl.Outlink;
import org.brandpulse.seoaudit.crawl.PageKind;
import org.brandpulse.seoaudit.crawl.RedirectHop;
import org.brandpulse.seoaudit.page.Clip;
import org.brandpulse.seoaudit.page.HtmlFacts;
import org.brandpulse.seoaudit.robots.RobotsInfo;
import org.brandpulse.seoaudit.sitemap.SitemapInfo;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/**
 * The site-wide half of the catalogue. Feed it every page, robots.txt and sitemap as the crawl
 * reports them ({@link #add}, {@link #addRobots}, {@link #addSitemap}; thread-safe), then call
 * {@link #finish} once: broken links, links to redirects, canonical targets, hreflang return links,
 * orphans, sitemap coverage, duplicate titles, descriptions and content (exact and near), http
 * origins and HSTS. It keeps only a compact {@link SiteGraph}, never page bodies.
 */
public final class SiteChecks {

  private final Thresholds t;
  private final SiteGraph g = new SiteGraph();
  private final Duplicates duplicates = new Duplicates();
  private final List<Finding> fileFindings = new ArrayList<>();
  private final Map<String, int[]> origins = new TreeMap<>();
  private int sitemapsRead;

  /** Site checks with these thresholds. */
  public SiteChecks(Thresholds thresholds) {
    this.t = Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Records one crawled URL. */
  public synchronized void add(org.brandpulse.seoaudit.page.PageFacts p) {
    int req = g.id(p.requestedUrl());
    if (p.kind() == PageKind.PAGE) {
      g.set(req, PAGE);
    }
    g.status[req] = p.status();
    if (p.depth() == 0) {
      g.set(req, START);
    }
    if (!p.redirects().isEmpty()) {
      for (RedirectHop hop : p.redirects()) {
        int from = g.id(hop.url());
        if (p.kind() == PageKind.PAGE) {
          g.set(from, REDIRECT | PAGE);
        }
        if (g.status[from] == UNKNOWN || from == req) {
          g.status[from] = hop.status();
        }
        g.redirectTo[from] = g.id(hop.target() != null ? hop.target() : p.url());
      }
      g.status[req] = p.status();
      boolean stopped = p.status() >= 300 && p.status() < 400;
      if (p.finalSeenBefore() || p.redirectLoop() || (stopped && !p.robotsDisallowed())) {
        return;
      }
      int fin = g.id(p.url());
      g.status[fin] = p.robotsDisallowed() ? 0 : p.status();
      g.set(fin, p.kind() == PageKind.PAGE ? PAGE : 0);
    }
    if (p.robotsDisallowed()) {
      g.set(g.id(p.url()), BLOCKED);
      return;
    }
    if (p.kind() != PageKind.PAGE) {
      return;
    }
    int id = g.id(p.url());
    g.edgeStart[id] = g.edges.size();
    Set<Integer> seen = new HashSet<>();
    for (Outlink o : p.outlinks()) {
      if (o.source().equals("link")) {
        continue;
      }
      int target = g.id(o.url());
      boolean embed = o.source().equals("img") || o.source().equals("iframe");
      if (target != id && seen.add(target * 2 + (embed ? 1 : 0))) {
        g.edges.add(embed ? target | EMBED : target);
      }
    }
    g.edgeCount[id] = g.edges.size() - g.edgeStart[id];
    HtmlFacts h = p.html();
    if (p.status() == 200 && h != null) {
      addHtml(id, p.url(), h);
      int[] counts = origins.computeIfAbsent(UrlNormalizer.origin(p.url()), o -> new int[2]);
      if (!p.url().startsWith("https:")) {
        counts[0]++;
      } else if (!p.hsts()) {
        counts[1]++;
      }
    }
  }

  private void addHtml(int id, String url, HtmlFacts h) {
    g.set(id, HTML200);
    if (h.noindex()) {
      g.set(id, NOINDEX);
    }
    Set<String> canonicals = new HashSet<>();
    h.canonicals().forEach(c -> canonicals.add(c.url() == null ? c.href() : c.url()));
    if (canonicals.size() == 1) {
      String c = canonicals.iterator().next();
      if (!c.equals(url) && UrlNormalizer.normalize(c).isPresent()) {
        g.set(id, CANONICALISED);
        g.canonical[id] = g.id(c);
      }
    }
    if (!h.noindex() && canonicals.size() <= 1 && !g.has(id, CANONICALISED)) {
      g.set(id, POOL);
      duplicates.add(id, h);
    }
    int[] alternates =
        h.hreflangs().stream()
            .filter(l -> l.url() != null && !l.url().equals(url))
            .mapToInt(l -> g.id(l.url()))
            .distinct()
            .toArray();
    if (alternates.length > 0) {
      g.hreflangs.put(id, alternates);
    }
  }

  /**
   * Records a robots.txt; problems and a 5xx/unreachable file become {@code robots-txt-invalid}.
   */
  public synchronized void addRobots(RobotsInfo robots) {
    List<String> problems = new ArrayList<>();
    if (robots.status() >= 500 || robots.status() == -1) {
      problems.add(
          robots.status() == -1 ? "unreachable: " + robots.error() : "HTTP " + robots.status());
    }
    robots.problems().forEach(p -> problems.add(p.toString()));
    if (!problems.isEmpty()) {
      String detail =
          problems.size()
              + " problems: "
              + String.join("; ", problems.subList(0, Math.min(5, problems.size())));
      fileFindings.add(
          Finding.of(Check.ROBOTS_TXT_INVALID, robots.url(), Clip.clip(detail, 500), null));
    }
  }

  /** Records a sitemap: its URLs for the coverage checks; its errors become sitemap-invalid. */
  public synchronized void addSitemap(SitemapInfo sitemap) {
    List<String> problems = new ArrayList<>(sitemap.errors());
    if (sitemap.status() != 200 && problems.isEmpty()) {
      problems.add(sitemap.status() == -1 ? "unreachable" : "HTTP " + sitemap.status());
    }
    if (!problems.isEmpty()) {
      String detail = String.join("; ", problems.subList(0, Math.min(5, problems.size())));
      fileFindings.add(
          Finding.of(
              Check.SITEMAP_INVALID, sitemap.url(), Clip.clip(detail, 500), sitemap.parent()));
    }
    if (sitemap.index()) {
      return;
    }
    sitemapsRead++;
    int source = g.id(sitemap.url());
    for (String u : sitemap.urls()) {
      int id = g.id(u);
      g.set(id, IN_SITEMAP);
      if (g.sitemap[id] < 0) {
        g.sitemap[id] = source;
      }
    }
  }

  /** Runs the site-wide checks over everything recorded; call once, after the crawl. */
  public synchronized List<Finding> finish() {
    List<Finding> out = new ArrayList<>(fileFindings);
    links(out);
    for (int id = 0; id < g.size(); id++) {
      pageRelations(id, out);
    }
    origins.forEach(
        (origin, counts) -> {
          if (counts[0] > 0) {
            out.add(
                Finding.of(
                    Check.HTTP_PAGE, origin + "/", counts[0] + " HTML pages over http", null));
          }
          if (counts[1] > 0) {
            out.add(
                Finding.of(
                    Check.HSTS_MISSING,
                    origin + "/",
                    counts[1] + " https pages without Strict-Transport-Security",
                    null));
          }
        });
    duplicates.report(g, t, out);
    return out;
  }

  private void links(List<Finding> out) {
    for (int from = 0; from < g.size(); from++) {
      int start = g.edgeStart[from];
      for (int i = start; i < start + g.edgeCount[from]; i++) {
        int edge = g.edges.get(i);
        boolean embed = (edge & EMBED) != 0;
        int to = edge & ~EMBED;
        if (!embed) {
          for (int at = to, hops = 0; at >= 0 && hops < 20; at = g.redirectTo[at], hops++) {
            g.set(at, INLINK);
          }
        }
        int status = g.finalStatus(to);
        String what = embed ? "embeds " : "links to ";
        if (status == -1 || status >= 400) {
          String why = status == -1 ? "no response" : "HTTP " + status;
          out.add(Finding.of(Check.BROKEN_LINK, g.url(from), what + why, g.url(to)));
        } else if (!embed && g.has(to, REDIRECT) && g.has(to, PAGE)) {
          out.add(
              Finding.of(
                  Check.LINK_TO_REDIRECT,
                  g.url(from),
                  "HTTP " + g.status[to] + " redirect",
                  g.url(to)));
        }
      }
    }
  }

  private void pageRelations(int id, List<Finding> out) {
    String url = g.url(id);
    int c = g.canonical[id];
    if (c >= 0 && g.has(id, HTML200)) {
      int status = g.finalStatus(c);
      if (g.has(c, REDIRECT) || (status != UNKNOWN && status != 200 && status != 0)) {
        String why =
            g.has(c, REDIRECT) ? "redirects" : status == -1 ? "no response" : "HTTP " + status;
        out.add(Finding.of(Check.CANONICAL_TO_NON_200, url, "canonical target " + why, g.url(c)));
      } else if (g.has(c, NOINDEX)) {
        out.add(
            Finding.of(Check.CANONICAL_TO_NOINDEX, url, "canonical target is noindex", g.url(c)));
      }
    }
    int[] alternates = g.hreflangs.get(id);
    if (alternates != null) {
      for (int alt : alternates) {
        if (g.has(alt, HTML200) && !contains(g.hreflangs.get(alt), id)) {
          out.add(
              Finding.of(
                  Check.HREFLANG_MISSING_RETURN, url, "alternate does not link back", g.url(alt)));
        }
      }
    }
    boolean inSitemap = g.has(id, IN_SITEMAP);
    if (inSitemap && g.has(id, HTML200) && !g.has(id, INLINK) && !g.has(id, START)) {
      out.add(
          Finding.of(Check.ORPHAN_PAGE, url, "in a sitemap, linked from no crawled page", null));
    }
    if (sitemapsRead > 0 && g.has(id, POOL) && !inSitemap) {
      out.add(Finding.of(Check.NOT_IN_SITEMAP, url, "indexable page in no sitemap", null));
    }
    if (inSitemap) {
      String why = nonIndexable(id);
      if (why != null) {
        out.add(Finding.of(Check.SITEMAP_NON_INDEXABLE_URL, url, why, g.url(g.sitemap[id])));
      }
    }
  }

  private String nonIndexable(int id) {
    if (g.has(id, BLOCKED)) {
      return "blocked by robots.txt";
    }
    if (g.has(id, REDIRECT)) {
      return "redirects";
    }
    int status = g.status[id];
    if (status == UNKNOWN) {
      return null;
    }
    if (status != 200) {
      return status == -1 ? "no response" : "HTTP " + status;
    }
    if (g.has(id, NOINDEX)) {
      return "noindex";
    }
    return g.has(id, CANONICALISED) ? "canonicalised to " + g.url(g.canonical[id]) : null;
  }

  private static boolean contains(int[] ids, int id) {
    return ids != null && Arrays.stream(ids).anyMatch(i -> i == id);
  }
}
