package org.brandpulse.app.demo.accesslog;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * User agents and client addresses of the generated traffic. Browsers are weighted like a
 * mobile-first shop; humans get addresses from consumer ISP ranges (about 8% IPv6), bots from their
 * operators' ranges, so a human never shares a bot's address.
 */
final class Agents {

  /** Browser user agents with their weights (percent). */
  private static final String[][] BROWSERS = {
    {
      "30",
      "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
    },
    {
      "12",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
    },
    {
      "8",
      "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36"
    },
    {
      "20",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
    },
    {
      "8",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80"
    },
    {
      "7",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"
    },
    {"6", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"},
    {
      "4",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
    },
    {
      "5",
      "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36 OPR/81.1.4292.78956"
    }
  };

  static final String GOOGLEBOT =
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
  static final String BINGBOT =
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)";
  static final String AHREFS = "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)";
  static final String CURL = "curl/8.5.0";
  static final String PYTHON = "python-requests/2.31.0";

  private static final int[][] HUMAN_V4 = {
    {103, 0}, {27, 147}, {37, 111}, {45, 248}, {58, 145}, {114, 130}, {118, 179}, {202, 134}
  };
  private static final String[] HUMAN_V6 = {"2400:c600", "2401:1900", "2404:3c00", "2a02:c7c"};

  private final Set<String> used = new HashSet<>();

  /** A browser user agent, weighted. */
  static String browser(SplittableRandom random) {
    int r = random.nextInt(100);
    for (String[] b : BROWSERS) {
      r -= Integer.parseInt(b[0]);
      if (r < 0) {
        return b[1];
      }
    }
    return BROWSERS[0][1];
  }

  /** A fresh human address never handed out before (v4 or, 8% of the time, v6). */
  String humanIp(SplittableRandom random) {
    while (true) {
      String ip;
      if (random.nextInt(100) < 8) {
        ip =
            String.format(
                Locale.ROOT,
                "%s:%x:%x::%x",
                HUMAN_V6[random.nextInt(HUMAN_V6.length)],
                random.nextInt(1 << 16),
                random.nextInt(1 << 16),
                1 + random.nextInt(0xfffe));
      } else {
        int[] p = HUMAN_V4[random.nextInt(HUMAN_V4.length)];
        int second = p[1] != 0 ? p[1] : random.nextInt(256);
        ip = p[0] + "." + second + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
      }
      if (used.add(ip)) {
        return ip;
      }
    }
  }

  /** An address in a bot operator's range, e.g. {@code 66.249.} for Googlebot. */
  static String botIp(String prefix, SplittableRandom random) {
    return prefix + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }
}
