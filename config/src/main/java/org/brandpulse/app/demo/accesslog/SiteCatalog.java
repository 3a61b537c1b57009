package org.brandpulse.app.demo.accesslog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The pages and assets of the generated shop: home, categories, products (a few with Bengali slugs,
 * percent-encoded as browsers send them), search, info pages, cart, checkout and the order
 * confirmation; shared style sheets, scripts and fonts plus per-page images.
 */
public final class SiteCatalog {

  static final String CART = "/cart";
  static final String CHECKOUT = "/checkout";

  /** The order confirmation page, the goal of the generated shop. */
  public static final String CONFIRMATION = "/order/confirmation";

  static final List<String> SHARED_ASSETS =
      List.of(
          "/assets/css/app.3f9a1c.css",
          "/assets/js/vendor.51c0aa.js",
          "/assets/js/app.8b2e4d.js",
          "/assets/fonts/hind-siliguri-400.woff2",
          "/favicon.ico");

  private static final String[] MATERIALS = {
    "cotton", "silk", "linen", "khadi", "muslin", "denim", "leather", "jute", "bamboo", "steel"
  };
  private static final String[] ITEMS = {
    "saree", "panjabi", "kurti", "lungi", "shawl", "tote-bag", "sandal", "power-bank", "lamp", "mug"
  };
  private static final String[] BENGALI_PRODUCTS = {
    "জামদানি-শাড়ি", "নকশি-কাঁথা", "ইলিশ-প্রিন্ট-টি-শার্ট", "মাটির-হাঁড়ি", "পাটের-ব্যাগ"
  };
  private static final String[] CATEGORIES = {
    "sarees", "panjabi", "kurti", "home-decor", "electronics", "shoes", "বই", "উপহার"
  };
  private static final String[] SEARCHES = {
    "saree",
    "panjabi+eid",
    "red+kurti+xl",
    "power+bank+20000",
    "শাড়ি",
    "ঈদ+উপহার",
    "🎁+gift",
    "jamdani",
    "leather+sandal+42",
    "ঢাকাই+জামদানি"
  };
  private static final String[] INFO = {
    "/about", "/contact", "/help/shipping", "/help/returns", "/blog/eid-collection-2026"
  };

  private final List<String> products = new ArrayList<>();
  private final List<String> categories = new ArrayList<>();

  SiteCatalog() {
    for (int i = 0; i < 240; i++) {
      products.add(
          "/product/"
              + MATERIALS[i % MATERIALS.length]
              + "-"
              + ITEMS[(i / MATERIALS.length) % ITEMS.length]
              + "-"
              + (1000 + i * 7));
    }
    for (String slug : BENGALI_PRODUCTS) {
      products.add("/product/" + encode(slug));
    }
    for (String slug : CATEGORIES) {
      categories.add("/category/" + encode(slug));
    }
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A product, popular ones (low indexes) more often; Bengali slugs now and then. */
  String product(SplittableRandom random) {
    if (random.nextInt(25) == 0) {
      return products.get(240 + random.nextInt(BENGALI_PRODUCTS.length));
    }
    double u = random.nextDouble();
    return products.get((int) (240 * u * u));
  }

  String category(SplittableRandom random) {
    return categories.get(random.nextInt(categories.size()));
  }

  /** A search URL with its query string, e.g. {@code /search?q=saree&page=2}. */
  String search(SplittableRandom random) {
    String q = SEARCHES[random.nextInt(SEARCHES.length)];
    String encoded = q.chars().allMatch(c -> c < 128) ? q : encode(q.replace('+', ' '));
    return "/search?q=" + encoded + (random.nextInt(4) == 0 ? "&page=2" : "");
  }

  String info(SplittableRandom random) {
    return INFO[random.nextInt(INFO.length)];
  }

  /** A landing page for a channel-less visit: home, a category, a product, a search or info. */
  String landing(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 35) {
      return "/";
    }
    if (r < 55) {
      return category(random);
    }
    if (r < 90) {
      return product(random);
    }
    return r < 95 ? search(random) : info(random);
  }

  /** The next page while browsing (not the order funnel). */
  String browse(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 15) {
      return category(random);
    }
    if (r < 70) {
      return product(random);
    }
    if (r < 85) {
      return search(random);
    }
    return r < 92 ? "/" : info(random);
  }

  /** The images of a page, each an asset. */
  List<String> images(String page, SplittableRandom random) {
    String id = Integer.toHexString(page.hashCode() & 0xfffff);
    if (page.startsWith("/product/")) {
      return List.of("/images/products/" + id + "-1.webp", "/images/products/" + id + "-2.webp");
    }
    if (page.startsWith("/category/") || page.startsWith("/search")) {
      List<String> out = new ArrayList<>();
      for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
        out.add("/images/thumbs/" + Integer.toHexString(random.nextInt(1 << 16)) + ".jpg");
      }
      return out;
    }
    return page.equals("/") ? List.of("/images/banners/hero-eid.png") : List.of();
  }

  /** A typical response size in bytes for a path. */
  static long bytes(String path, SplittableRandom random) {
    if (path.endsWith(".js")) {
      return 40_000 + random.nextInt(90_000);
    }
    if (path.endsWith(".css") || path.endsWith(".woff2")) {
      return 18_000 + random.nextInt(30_000);
    }
    if (path.endsWith(".ico")) {
      return 1_150;
    }
    if (path.startsWith("/images/")) {
      return 9_000 + random.nextInt(120_000);
    }
    return 6_000 + random.nextInt(40_000);
  }
}
