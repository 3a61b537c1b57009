package org.brandpulse.ingest.metrics.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
