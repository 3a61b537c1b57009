package org.brandpulse.seoaudit.robots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsRulesTest {

  private static RobotsRules parse(String robots) {
    return RobotsRules.parse(
        "https://example.org/robots.txt",
        robots.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8),
        "BrandpulseBot/0.1 (+https://example.org/bot)");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // RFC 9309 2.3.1.3/2.3.1.4: 4xx means no restrictions, 5xx and unreachable mean complete
    // disallow
    "404, true",
    "403, true",
    "410, true",
    "429, true",
    "500, false",
    "503, false",
    "-1, false"
  })
  void failedFetchFollowsRfc9309(int status, boolean allowed) {
    assertThat(RobotsRules.forFailedStatus(status).isAllowed("https://example.org/a"))
        .isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{1} under [{0}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the most specific group wins over '*', RFC 9309 2.2.1
        "User-agent: *\\nDisallow: /\\nUser-agent: brandpulsebot\\nDisallow: /private | /public | true",
        "User-agent: *\\nDisallow: /\\nUser-agent: BrandpulseBot\\nDisallow: /private | /private/x | false",
        // longest match wins, allow wins ties, RFC 9309 2.2.2
        "User-agent: *\\nDisallow: /shop\\nAllow: /shop/cart | /shop/cart/1 | true",
        "User-agent: *\\nDisallow: /a\\nAllow: /a | /a/b | true",
        // wildcards and end anchors
        "User-agent: *\\nDisallow: /*.pdf$ | /docs/x.pdf | false",
        "User-agent: *\\nDisallow: /*.pdf$ | /docs/x.pdf?v=1 | true",
        "User-agent: *\\nDisallow: /*?sessionid= | /p?sessionid=1 | false",
        // non-ASCII paths compare percent-encoded (Bengali, Arabic, CJK)
        "User-agent: *\\nDisallow: /বাংলা/ | /%E0%A6%AC%E0%A6%BE%E0%A6%82%E0%A6%B2%E0%A6%BE/x | false",
        "User-agent: *\\nDisallow: /عربي | /%D8%B9%D8%B1%D8%A8%D9%8A | false",
        "User-agent: *\\nDisallow: /中文 | /%E4%B8%AD%E6%96%87 | false",
        // an empty Disallow allows everything; no group for us means no rules
        "User-agent: *\\nDisallow: | /anything | true",
        "User-agent: otherbot\\nDisallow: / | /anything | true",
      })
  void matchesPaths(String robots, String path, boolean allowed) {
    assertThat(parse(robots).isAllowed("https://example.org" + path)).isEqualTo(allowed);
  }

  @Test
  void readsCrawlDelayAndSitemaps() {
    RobotsRules rules =
        parse("User-agent: *\\nCrawl-delay: 2\\nSitemap: https://example.org/s.xml");

    assertThat(rules.crawlDelayMillis()).isEqualTo(2000);
    assertThat(rules.sitemaps()).containsExactly("https://example.org/s.xml");
    assertThat(parse("User-agent: *\\nDisallow:").crawlDelayMillis()).isEqualTo(-1);
  }

  @Test
  void hugeCrawlDelayDoesNotBlockEverything() {
    // crawler-commons turns delays over its maximum into "disallow all"; the crawler caps instead
    RobotsRules rules = parse("User-agent: *\\nCrawl-delay: 86400");

    assertThat(rules.isAllowed("https://example.org/a")).isTrue();
    assertThat(rules.crawlDelayMillis()).isEqualTo(86_400_000L);
  }

  @Test
  void productTokenIsTheFirstWordLowerCased() {
    assertThat(RobotsRules.productToken("BrandpulseBot/0.1 (+x)")).isEqualTo("brandpulsebot");
    assertThat(RobotsRules.productToken("my_bot-2")).isEqualTo("my_bot-2");
    assertThatThrownBy(() -> RobotsRules.productToken("/1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/1.0'");
  }

  @Test
  void binaryGarbageParsesToAllowAll() {
    byte[] junk = new byte[4096];
    new java.util.Random(42).nextBytes(junk);
    RobotsRules rules = RobotsRules.parse("https://example.org/robots.txt", junk, "BrandpulseBot");

    assertThat(rules.isAllowed("https://example.org/a")).isTrue();
  }
}
