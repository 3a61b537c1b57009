package org.brandpulse.app.demo.accesslog;

import java.util.SplittableRandom;

/**
 * Writes bot bursts: Googlebot, bingbot and AhrefsBot crawls (some starting with {@code
 * /robots.txt}), curl uptime checks, python-requests search scraping, and two kinds of bot in a
 * browser's clothes: a robots.txt-reading crawler at a polite pace, and a fast scraper that fetches
 * no assets. Each burst comes from one address, with gaps well under the 30-minute session timeout.
 */
final class BotTraffic {

  private static final String DISGUISED_CRAWLER =
      "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0";

  private final SiteCatalog site;
  private final SplittableRandom random;
  private final Emitter emit;
  private final Counts counts;

  BotTraffic(SiteCatalog site, SplittableRandom random, Emitter emit, Counts counts) {
    this.site = site;
    this.random = random;
    this.emit = emit;
    this.counts = counts;
  }

  /** Writes one burst starting at {@code t}; returns the lines written. */
  int burst(long t) {
    int before = emit.count();
    int kind = random.nextInt(100);
    if (kind < 32) {
      crawl(t, Agents.botIp("66.249.", random), Agents.GOOGLEBOT, 5 + random.nextInt(40), 10, 90);
    } else if (kind < 48) {
      crawl(t, Agents.botIp("157.55.", random), Agents.BINGBOT, 5 + random.nextInt(30), 15, 120);
    } else if (kind < 62) {
      crawl(t, Agents.botIp("54.36.", random), Agents.AHREFS, 20 + random.nextInt(60), 2, 8);
    } else if (kind < 78) {
      String ip = Agents.botIp("35.185.", random);
      for (int i = 0; i < 12; i++) {
        bot(t + i * 300_000L, ip, i % 2 == 0 ? "HEAD" : "GET", "/", 200, Agents.CURL, false);
      }
    } else if (kind < 90) {
      String ip = Agents.botIp("34.89.", random);
      for (int i = 0, n = 5 + random.nextInt(15); i < n; i++) {
        t += 1_000 + random.nextInt(2_000);
        bot(t, ip, "GET", site.search(random), 200, Agents.PYTHON, false);
      }
    } else if (kind < 96) {
      String ip = Agents.botIp("91.92.", random);
      bot(t, ip, "GET", "/robots.txt", 200, DISGUISED_CRAWLER, true);
      for (int i = 0, n = 10 + random.nextInt(30); i < n; i++) {
        t += 10_000 + random.nextInt(15_000);
        bot(t, ip, "GET", site.browse(random), 200, DISGUISED_CRAWLER, true);
      }
    } else {
      String ip = Agents.botIp("185.191.", random);
      String agent = Agents.browser(random);
      for (int i = 0, n = 100 + random.nextInt(150); i < n; i++) {
        t += 1_000 + random.nextInt(3_000);
        bot(t, ip, "GET", site.product(random), 200, agent, true);
      }
    }
    return emit.count() - before;
  }

  private void crawl(long t, String ip, String agent, int pages, int minGap, int maxGap) {
    if (random.nextInt(100) < 15) {
      bot(t, ip, "GET", "/robots.txt", 200, agent, false);
    }
    for (int i = 0; i < pages; i++) {
      t += (minGap + random.nextInt(maxGap - minGap + 1)) * 1000L;
      int r = random.nextInt(100);
      if (r < 4) {
        bot(t, ip, "GET", "/product/discontinued-" + random.nextInt(500), 404, agent, false);
      } else if (r < 20) {
        bot(t, ip, "GET", SiteCatalog.SHARED_ASSETS.get(r % 3), 200, agent, false);
      } else {
        bot(t, ip, "GET", site.browse(random), 200, agent, false);
      }
    }
  }

  private void bot(
      long t,
      String ip,
      String method,
      String target,
      int status,
      String agent,
      boolean disguised) {
    counts.botRequests++;
    counts.disguisedBotRequests += disguised ? 1 : 0;
    emit.hit(t, ip, method, target, status, "", agent);
  }
}
