package org.brandpulse.app.demo.accesslog;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.brandpulse.ingest.metrics.accesslog.Channel;

/**
 * Writes human sessions: a landing page from the channel's referrer (click ids and UTM tags where
 * the channel uses them), its style sheets, scripts, font, icon and images, then pages after think
 * times (under 15 minutes), with the odd 404 and 301, an add-to-cart POST and, for converting
 * sessions, checkout and {@code /order/confirmation}.
 */
final class HumanTraffic {

  /** A visitor, kept for return visits on later days. */
  static final class Visitor {
    final String ip;
    final String userAgent;
    long lastEnd;
    long lastDay = Long.MIN_VALUE;

    Visitor(String ip, String userAgent) {
      this.ip = ip;
      this.userAgent = userAgent;
    }
  }

  private static final double BOUNCE = 0.42;
  private static final String[] REFERRAL_SITES = {
    "https://www.dhakatribune.example/lifestyle/eid-fashion-2026",
    "https://blog.shoppingbd.example/best-sarees-under-3000",
    "https://priceguide.example/compare?q=power+bank",
    "https://forum.techbd.example/t/power-bank-review/8812"
  };

  private final SiteCatalog site;
  private final LogProfile profile;
  private final SplittableRandom random;
  private final Emitter emit;
  private final Counts counts;

  HumanTraffic(
      SiteCatalog site, LogProfile profile, SplittableRandom random, Emitter emit, Counts counts) {
    this.site = site;
    this.profile = profile;
    this.random = random;
    this.emit = emit;
    this.counts = counts;
  }

  /** Writes one session starting at {@code t}; returns the lines written. */
  int session(Visitor v, long t, Channel channel, boolean campaign, LocalDate day) {
    int before = emit.count();
    String[] entry = entry(channel, campaign);
    String landing = channel == Channel.PAID_SEARCH ? site.product(random) : site.landing(random);
    String target =
        entry[1].isEmpty() ? landing : landing + (landing.contains("?") ? "&" : "?") + entry[1];
    boolean returning = v.lastEnd > 0;
    page(v, t, target, entry[0], true, returning);
    String previous = profile.site() + target;
    boolean bounce = random.nextDouble() < BOUNCE;
    boolean converts = !bounce && random.nextDouble() < profile.goalRatio() / (1 - BOUNCE);
    int more = bounce ? 0 : 1 + (int) (-Math.log(1 - random.nextDouble()) * 3.5);
    for (int i = 0; i < Math.min(more, 30); i++) {
      t += think();
      int r = random.nextInt(100);
      if (r < 3) {
        request(v, t, "GET", "/product/discontinued-" + random.nextInt(500), 404, previous);
      } else if (r < 5) {
        String moved = site.product(random);
        request(v, t, "GET", moved.replace("/product/", "/products/"), 301, previous);
        t += 150;
        previous = page(v, t, moved, previous, false, returning);
      } else {
        previous = page(v, t, site.browse(random), previous, false, returning);
      }
    }
    if (converts || (!bounce && random.nextInt(10) == 0)) {
      t += think();
      previous = page(v, t, site.product(random), previous, false, returning);
      t += 4_000 + random.nextInt(20_000);
      request(v, t, "POST", "/cart/add", 302, previous);
      previous = page(v, t + 120, SiteCatalog.CART, previous, false, returning);
      if (converts) {
        t += think();
        previous = page(v, t, SiteCatalog.CHECKOUT, previous, false, returning);
        t += 30_000 + random.nextInt(120_000);
        request(v, t, "POST", SiteCatalog.CHECKOUT, 303, previous);
        String order = SiteCatalog.CONFIRMATION + "?order=BZ" + (100_000 + random.nextInt(900_000));
        page(v, t + 200, order, previous, false, returning);
      }
    }
    v.lastEnd = t + 2_000;
    counts.session(v, v.ip + ' ' + v.userAgent, day, channel, converts);
    return emit.count() - before;
  }

  /** Think time before the next page: log-normal around 35 s, at most 15 minutes. */
  private long think() {
    double seconds = Math.exp(Math.log(35) + 0.9 * random.nextGaussian());
    return (long) (Math.min(900, Math.max(2, seconds)) * 1000);
  }

  /** Returns {referrer, query} of a landing hit. */
  private String[] entry(Channel channel, boolean campaign) {
    int r = random.nextInt(100);
    return switch (channel) {
      case DIRECT -> new String[] {"", ""};
      case ORGANIC_SEARCH ->
          new String[] {
            r < 75
                ? "https://www.google.com/"
                : r < 90 ? "https://www.bing.com/" : "https://duckduckgo.com/",
            ""
          };
      case PAID_SEARCH ->
          r < 70
              ? new String[] {"https://www.google.com/", "gclid=" + token(24)}
              : new String[] {
                "https://www.google.com/", "utm_source=google&utm_medium=cpc&utm_campaign=eid_sale"
              };
      case SOCIAL ->
          campaign && r < 60
              ? new String[] {
                "https://l.facebook.com/",
                "utm_source=facebook&utm_medium=social&utm_campaign=eid_launch"
              }
              : new String[] {
                r < 45
                    ? "https://l.facebook.com/"
                    : r < 65
                        ? "https://m.facebook.com/"
                        : r < 80 ? "https://t.co/" + token(10) : "https://www.instagram.com/",
                ""
              };
      case EMAIL ->
          r < 50
              ? new String[] {"https://mail.google.com/", ""}
              : r < 70
                  ? new String[] {"https://outlook.live.com/", ""}
                  : new String[] {"", "utm_source=newsletter&utm_medium=email&utm_campaign=weekly"};
      case REFERRAL -> new String[] {REFERRAL_SITES[r % REFERRAL_SITES.length], ""};
    };
  }

  private String token(int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /**
   * A page view with its assets (all of them on landing, images and the odd 304 after); returns the
   * page's URL, the referrer of the next request.
   */
  private String page(
      Visitor v, long t, String target, String referrer, boolean landing, boolean returning) {
    request(v, t, "GET", target, 200, referrer);
    counts.humanPageviews++;
    String pageUrl = profile.site() + target;
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    long at = t + 80;
    if (landing || random.nextInt(10) == 0) {
      for (String asset : SiteCatalog.SHARED_ASSETS) {
        at += random.nextInt(60);
        request(v, at, "GET", asset, returning ? 304 : 200, pageUrl);
      }
    }
    List<String> images = site.images(path, random);
    for (String image : images) {
      at += random.nextInt(120);
      request(v, at, "GET", image, 200, pageUrl);
    }
    return pageUrl;
  }

  private void request(Visitor v, long t, String method, String target, int status, String ref) {
    counts.humanRequests++;
    emit.hit(t, v.ip, method, target, status, ref, v.userAgent);
  }
}
