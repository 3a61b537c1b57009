package org.brandpulse.seoaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.brandpulse.nlp.text.SimHash;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

  private static final String URL = "https://example.org/dir/page.html";
  private final PageExtractor extractor = PageExtractor.forHosts(Set.of("example.org"));

  private HtmlFacts extract(String html) {
    return extractor.extract(URL, html.getBytes(StandardCharsets.UTF_8), "text/html", null);
  }

  @Test
  void bengaliAndEmojiTitlesKeepEveryCodePoint() {
    HtmlFacts h = extract("<title> বাংলা   শিরোনাম 👍🏽 </title><h1>খবর 🎉</h1><p>আমি ভাত খাই</p>");
    assertThat(h.title()).isEqualTo("বাংলা শিরোনাম 👍🏽");
    assertThat(Clip.length(h.title())).isEqualTo(16);
    assertThat(h.h1s()).containsExactly("খবর 🎉");
    assertThat(h.words()).isEqualTo(4);
  }

  @Test
  void cjkCountsOneWordPerIdeograph() {
    assertThat(extract("<p>東京は大きい都市です。 Arabic: مرحبا بالعالم</p>").words()).isEqualTo(13);
  }

  @Test
  void brokenHtmlPushesLaterMetaIntoTheBodyAsBrowsersDo() {
    HtmlFacts h =
        extract(
            "<html><head><title>T</title><img src=x.png><meta name=robots content=noindex>"
                + "<meta name=description content='late'></head><body><p>text");
    assertThat(h.metaInBody()).containsExactly("name=robots", "name=description");
    assertThat(h.images()).hasSize(1);
  }

  @Test
  void unclosedTagsAndGarbageStillYieldFacts() {
    HtmlFacts h = extract("<title>Broken <b>page</title><div><p>one two<a href='/x'>three");
    assertThat(h.title()).isEqualTo("Broken <b>page");
    assertThat(h.words()).isEqualTo(2);
    assertThat(h.links()).extracting(HtmlFacts.Link::url).containsExactly("https://example.org/x");
  }

  @Test
  void robotsFromMetaAndHeaderScopedToOurCrawler() {
    assertThat(extract("<meta name=robots content='NONE'>").noindex()).isTrue();
    HtmlFacts other =
        extractor.extract(URL, new byte[0], "text/html", "otherbot: noindex, nofollow");
    assertThat(other.noindex()).isFalse();
    HtmlFacts ours = extractor.extract(URL, new byte[0], "text/html", "noindex");
    assertThat(ours.noindex()).isTrue();
    assertThat(ours.nofollow()).isFalse();
  }

  @Test
  void canonicalsHreflangsAndBaseHref() {
    HtmlFacts h =
        extract(
            "<base href='https://example.org/other/'><link rel=canonical href='a.html'>"
                + "<link rel='alternate' hreflang='bn-BD' href='https://example.org/bn/'>"
                + "<html lang=en-GB>");
    assertThat(h.canonicals())
        .containsExactly(new HtmlFacts.Canonical("a.html", "https://example.org/other/a.html"));
    assertThat(h.canonicals().get(0).relative()).isTrue();
    assertThat(h.hreflangs())
        .containsExactly(new HtmlFacts.Hreflang("bn-BD", "https://example.org/bn/"));
  }

  @Test
  void linksTextsAndKinds() {
    HtmlFacts h =
        extract(
            "<a href='/in' rel='NoFollow'>Read more…</a><a href='https://other.org/'>x</a>"
                + "<a href='javascript:go()'>menu</a><a href=''>e</a><a href='mailto:a@b'>m</a>"
                + "<a href='/img'><img src=i.png alt='Logo'></a><nav><a href='/n'>nav text</a></nav>");
    List<HtmlFacts.Link> l = h.links();
    assertThat(l).hasSize(7);
    assertThat(l.get(0).nofollow()).isTrue();
    assertThat(l.get(0).internal()).isTrue();
    assertThat(l.get(1).internal()).isFalse();
    assertThat(l.get(2).uncrawlable()).isTrue();
    assertThat(l.get(3).uncrawlable()).isTrue();
    assertThat(l.get(4).url()).isNull();
    assertThat(l.get(4).uncrawlable()).isFalse();
    assertThat(l.get(5).text()).isEqualTo("Logo");
    assertThat(h.words()).isZero();
  }

  @Test
  void mixedContentFormsAndJsonLdOnHttpsPages() {
    HtmlFacts h =
        extract(
            "<img src='http://cdn.example.org/a.png'><script src='//cdn.example.org/s.js'></script>"
                + "<form action='http://example.org/login'></form><form action='/search'></form>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\"}</script>"
                + "<script type='application/ld+json'>{oops</script>"
                + "<script type='application/ld+json'>[{\"@context\":\"x\",\"@type\":\"T\"}]</script>");
    assertThat(h.mixedContent()).containsExactly("http://cdn.example.org/a.png");
    assertThat(h.insecureForms()).containsExactly("http://example.org/login");
    assertThat(h.jsonLdBlocks()).isEqualTo(3);
    assertThat(h.structuredDataProblems()).hasSize(2);
    assertThat(h.structuredDataProblems().get(0)).isEqualTo("JSON-LD block 1 lacks @type");
    assertThat(h.structuredDataProblems().get(1)).startsWith("JSON-LD block 2 does not parse");
  }

  @Test
  void metaRefreshHeadingsOgAndViewport() {
    HtmlFacts h =
        extract(
            "<meta http-equiv=Refresh content=\"0; URL='/new'\"><meta property=og:title content=t>"
                + "<meta name=viewport content='width=device-width'><h1>a</h1><h3>b</h3><h2>c</h2>");
    assertThat(h.metaRefreshUrl()).isEqualTo("https://example.org/new");
    assertThat(h.headings()).isEqualTo("132");
    assertThat(h.ogTitle()).isTrue();
    assertThat(h.ogImage()).isFalse();
    assertThat(h.viewport()).isTrue();
  }

  @Test
  void declaredCharsetWinsAndSvgTitlesAreIgnored() {
    byte[] latin1 =
        "<title>Café crème au lait, s'il vous plaît</title><svg><title>icon</title></svg>"
            .getBytes(StandardCharsets.ISO_8859_1);
    HtmlFacts h = extractor.extract(URL, latin1, "text/html; charset=ISO-8859-1", null);
    assertThat(h.titles()).containsExactly("Café crème au lait, s'il vous plaît");
  }

  @Test
  void simHashSeesNearCopiesAndTellsDifferentTextsApart() {
    String base = "the quick brown fox jumps over the lazy dog near the river bank ".repeat(20);
    long a = bodySimHash(base);
    long b = bodySimHash(base + " and then it slept");
    long c = bodySimHash("completely different words about mountains and glaciers ".repeat(20));
    assertThat(SimHash.similarity(a, b)).isGreaterThanOrEqualTo(0.9);
    assertThat(SimHash.similarity(a, c)).isLessThan(0.9);
  }

  private long bodySimHash(String text) {
    byte[] page =
        ("<html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    return extractor.extract(URL, page, "text/html; charset=UTF-8", null).simHash();
  }
}
