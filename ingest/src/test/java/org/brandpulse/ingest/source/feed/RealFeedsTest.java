package org.brandpulse.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The two real Hugo feeds in {@code real/feeds/}: a Korean blog whose channel says {@code en-us}
 * and whose links are relative (channel link {@code /index.xml} too), and a French one with
 * absolute links. Each is read from its file and served by a local HTTP server.
 */
class RealFeedsTest {

  /**
   * The tags the feeds' HTML uses, a comment, or an entity. Code samples in the Korean posts show
   * {@code <dbl>}, {@code <link rel=...>} or {@code <script src=...>} as text (escaped twice in the
   * XML), so a bare {@code <} is not a leftover tag.
   */
  private static final Pattern MARKUP =
      Pattern.compile(
          "</?(p|div|span|a|li|ol|ul|h[1-6]|em|strong|pre|code|blockquote|img|br|table|tr|td|sup)"
              + "\\b[^<>]*>|<!--|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

  private static final String FLEURS = "https://analytics-ds.github.io/fleurs-de-bach/";

  @RegisterExtension final FeedFixture feeds = new FeedFixture();

  private SourcePage read(URI feed) throws Exception {
    return feeds.read(feed);
  }

  private SourcePage served(Path file) throws Exception {
    return feeds.serve("/index.xml", Files.readAllBytes(file));
  }

  private static void assertClean(SourcePage page) {
    assertThat(page.skipped()).isEmpty();
    assertThat(page.posts())
        .allSatisfy(
            p ->
                assertThat(MARKUP.matcher(p.text()).results().map(r -> r.group()).toList())
                    .isEmpty());
  }

  @Test
  void koreanFeedServedOverHttpGetsAbsoluteLinksAndNoWrongLanguage() throws Exception {
    SourcePage page = served(RealData.require("feeds/ko_lostineconomics.xml"));
    assertThat(page.posts()).hasSize(15);
    assertClean(page);
    String site = feeds.server.baseUri() + "/";
    assertThat(page.posts()).allSatisfy(p -> assertThat(p.url()).startsWith(site));
    assertThat(page.posts())
        .extracting(Post::url)
        .contains(
            site + "post/2018/02/28/panel-data-analysis-of-u.s.-mobile-games/",
            site + "note/2017/10/18/all-dots-are-not-created-same.../");
    assertThat(page.posts()).extracting(Post::language).containsOnlyNulls();
    assertThat(page.posts().get(4).text())
        .contains("<script src=\"/js/barefoot.min.js\"></script>"); // shown as code: text
    assertThat(page.posts().get(14).text())
        .startsWith("Panel data analysis of U.S. mobile games\n\ntl; dr\n\n미국 iOS와 AOS(안드로이드)");
  }

  @Test
  void koreanFeedFromAFileHasNoWebAddressSoItsRelativeLinksAreNull() throws Exception {
    SourcePage page = read(RealData.require("feeds/ko_lostineconomics.xml").toUri());
    assertThat(page.posts()).hasSize(15);
    assertClean(page);
    assertThat(page.posts()).extracting(Post::url).containsOnlyNulls();
  }

  @Test
  void frenchFeedKeepsItsAbsoluteLinksAndFrench() throws Exception {
    Path file = RealData.require("feeds/fr_fleurs.xml");
    for (SourcePage page : new SourcePage[] {read(file.toUri()), served(file)}) {
      assertThat(page.posts()).hasSize(12);
      assertClean(page);
      assertThat(page.posts()).allSatisfy(p -> assertThat(p.url()).startsWith(FLEURS));
      assertThat(page.posts())
          .filteredOn(p -> p.url().startsWith(FLEURS + "blog/"))
          .hasSize(8)
          .allSatisfy(p -> assertThat(p.language()).isEqualTo("fr"));
      assertThat(page.posts()).extracting(Post::language).containsOnly("fr", null);
      assertThat(page.posts().get(11).text())
          .startsWith(
              "Fleurs de Bach : liste complete, proprietes et comparatif des meilleures marques"
                  + "\n\nEn bref :\n\nLes 38 Fleurs de Bach sont classees en 7 familles")
          .contains("Bach Original et Elixirs & Co");
    }
  }
}
