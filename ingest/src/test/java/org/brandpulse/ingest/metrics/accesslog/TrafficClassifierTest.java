package org.brandpulse.ingest.metrics.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrafficClassifierTest {

  private final TrafficClassifier classifier = new TrafficClassifier(Set.of("WWW.Shop.example"));

  @ParameterizedTest
  @CsvSource({
    "/, false",
    "/products/tea, false",
    "/ক্যাটালগ/চা, false",
    "/order/thanks.html, false",
    "/css/site.css, true",
    "/js/app.min.js, true",
    "/js/app.min.js.map, true",
    "/img/Logo.PNG, true",
    "/favicon.ico, true",
    "/fonts/noto-bengali.woff2, true",
    "/api/products.json, true",
    "/static/chunk-1, true",
    "/feed, true",
    "/robots.txt, true",
    "/v1.2/page, false",
  })
  void assetsByExtensionAndFolder(String path, boolean asset) {
    assertThat(classifier.isAsset(path)).isEqualTo(asset);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)| true",
        "Mozilla/5.0 (compatible; bingbot/2.0)| true",
        "curl/8.4.0| true",
        "python-requests/2.31.0| true",
        "SomeNewCrawler/1.0| true",
        "MySpider| true",
        "''| true",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120 Safari/537.36| false",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) 中文 😀| false",
      })
  void botsByUserAgent(String agent, boolean bot) {
    assertThat(classifier.isBotAgent(agent)).isEqualTo(bot);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "PAGE",
      value = {
        "/blog/tags/puppet| flav=rss20| FEED",
        "/blog/tags/puppet| ''| PAGE",
        "/?| flav=atom| FEED",
        "/blog/feed/| ''| FEED",
        "/news.rss| ''| FEED",
        "/index.atom| ''| FEED",
        "/api/v2/orders| ''| API",
        "/wp-json/wp/v2/posts| ''| API",
        "/xmlrpc.php| ''| API",
        "/files/logstash/logstash-1.1.0-monolithic.jar| ''| DOWNLOAD",
        "/misc/sample.log| ''| DOWNLOAD",
        "/scripts/grok-py-test/configlib.py| ''| DOWNLOAD",
        "/docs/رسالة.pdf| ''| DOWNLOAD",
        "/files/xdotool/docs/html/index.html| ''| PAGE",
        "/projects/xdotool/xdotool.xhtml| ''| PAGE",
        "/ক্যাটালগ/চা| ''| PAGE",
        "/img/Logo.PNG| ''| ASSET",
        "/robots.txt| ''| ASSET",
      })
  void requestKinds(String path, String query, FilterReason kind) {
    assertThat(classifier.requestKind(path, query)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "PERSON",
      value = {
        "UniversalFeedParser/4.2-pre-314-svn +http://feedparser.org/| FEED_READER",
        "Tiny Tiny RSS/1.11 (http://tt-rss.org/)| FEED_READER",
        "Feedfetcher-Google; (+http://www.google.com/feedfetcher.html; 1 subscribers)| FEED_READER",
        "Feedbin - 1 subscribers| FEED_READER",
        "Chef Client/10.18.2 (ruby-1.9.3-p327; ohai-6.16.0; x86_64-linux; +http://opscode.com)|"
            + " CONFIG_MANAGEMENT",
        "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)| MONITORING",
        "Mozilla/5.0 (compatible; Ezooms/1.0; help@moz.com)| CRAWLER",
        "Mozilla/5.0 (compatible; SiteExplorer/1.0b; +http://siteexplorer.info/)| CRAWLER",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko; Google Web"
            + " Preview) Chrome/27.0.1453 Safari/537.36| CRAWLER",
        "Wget/1.14 (linux-gnu)| FETCHER",
        "-| EMPTY_AGENT",
        "''| EMPTY_AGENT",
        "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 Chrome/32.0 Safari/537.36| PERSON",
        "Mozilla/5.0 (Linux; Android 14; ম্যাক্স) 中文 😀 Mobile Safari/537.36| PERSON",
      })
  void botReasons(String agent, FilterReason reason) {
    assertThat(classifier.botReason(agent)).isEqualTo(reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Googlebot\\/; Googlebot/",
        "AdsBot-Google([^-]|$); ''",
        "[wW]get; get",
        "^curl; curl",
        "Mediapartners( |-)Google; ''",
        "heritrix\\/?; heritrix",
        "Ahrefs(Bot|SiteAudit); ''",
        "ab{2,3}c; a",
      })
  void requiredLiteralOfACrawlerPattern(String regex, String literal) {
    assertThat(AgentRules.requiredLiteral(regex)).isEqualTo(literal);
  }

  @Test
  void theShippedCrawlerListIsLoaded() {
    assertThat(AgentRules.DEFAULT.crawlerPatterns()).isGreaterThan(1_000);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''| ''| DIRECT",
        "''| https://shop.example/cart| DIRECT",
        "''| https://www.shop.example/| DIRECT",
        "gclid=abc123| https://www.google.com/| PAID_SEARCH",
        "utm_source=google&utm_medium=CPC| ''| PAID_SEARCH",
        "msclkid=x| ''| PAID_SEARCH",
        "utm_source=newsletter&utm_medium=email| ''| EMAIL",
        "''| https://mail.google.com/mail/u/0/| EMAIL",
        "utm_medium=social&utm_source=মেলা| ''| SOCIAL",
        "utm_source=facebook| ''| SOCIAL",
        "''| https://l.facebook.com/l.php?u=x| SOCIAL",
        "''| https://t.co/abc| SOCIAL",
        "''| https://www.google.co.uk/| ORGANIC_SEARCH",
        "''| https://duckduckgo.com/?q=tea| ORGANIC_SEARCH",
        "''| android-app://com.google.android.googlequicksearchbox/| ORGANIC_SEARCH",
        "utm_medium=organic| ''| ORGANIC_SEARCH",
        "utm_medium=referral| https://www.bing.com/| REFERRAL",
        "''| https://blog.example.org/post| REFERRAL",
        "''| https://user@news.example.ar:8443/x| REFERRAL",
      })
  void channelRules(String query, String referrer, Channel expected) {
    assertThat(classifier.channel(query, referrer)).isEqualTo(expected);
  }
}
