package org.brandpulse.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a feed document may look like and still be read, and what it may never make us do. */
class FeedParsingTest {

  private static final String RSS =
      "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link>"
          + "<description>d</description><item><title>%s</title><guid>g-1</guid>"
          + "<pubDate>Tue, 01 Sep 2026 08:00:00 GMT</pubDate></item></channel></rss>";

  @TempDir Path dir;

  @RegisterExtension final FeedFixture feeds = new FeedFixture();

  private SourcePage read(URI feed) throws Exception {
    return feeds.read(feed);
  }

  private URI fixture(String name) throws Exception {
    FeedSourceFileContractTest.copy(name, dir.resolve(name));
    return dir.resolve(name).toUri();
  }

  private URI file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toUri();
  }

  @Test
  void rss091WithTheNetscapeDoctypeIsReadWithoutItsDtd() throws Exception {
    URI feed = fixture("rss091-netscape.xml");
    SourcePage page = read(feed);
    // RSS 0.91 items carry no date (Rome reads none) and this channel has none either: each item
    // is stored as of the run that first saw it; the HTML entities the Netscape DTD declares
    // (&eacute;) still decode, the relative link resolves against the channel's
    assertThat(page.skipped()).isEmpty();
    assertThat(page.posts())
        .extracting(Post::url, Post::createdAt)
        .containsExactlyInAnyOrder(
            tuple("https://cafe.example/1", FeedFixture.CLOCK.instant()),
            tuple("https://cafe.example/menu", FeedFixture.CLOCK.instant()),
            tuple("https://cafe.example/3", FeedFixture.CLOCK.instant()));
    assertThat(page.posts())
        .extracting(Post::text)
        .anyMatch(t -> t.startsWith("Café crème & croissants ☕"));
  }

  @ParameterizedTest(name = "prefix {index}")
  @ValueSource(strings = {"\n", "  \r\n\t", "\uFEFF", "\uFEFF\n\n"})
  void whitespaceOrABomBeforeTheXmlDeclarationIsSkipped(String prefix) throws Exception {
    String xml =
        prefix + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + RSS.formatted("শুরু ✓ start");
    SourcePage overHttp = feeds.serve("/lead.xml", xml.getBytes(StandardCharsets.UTF_8));
    SourcePage fromFile = read(file("lead.xml", xml));
    assertThat(overHttp.posts()).extracting(Post::text).containsExactly("শুরু ✓ start");
    assertThat(fromFile.posts()).extracting(Post::text).containsExactly("শুরু ✓ start");
  }

  @Test
  void externalDtdsAndEntitiesAreNeverFetchedNorExpanded() throws Exception {
    feeds.server.on("/evil.dtd").respond(FixtureResponse.text("<!ENTITY leak \"LEAKED-DTD\">"));
    feeds.server.on("/secret").respond(FixtureResponse.text("LEAKED-SECRET"));
    feeds.server.on("/p.dtd").respond(FixtureResponse.text("<!ENTITY leak2 \"LEAKED-PARAM\">"));
    String base = feeds.server.baseUri().toString();
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \""
            + base
            + "/evil.dtd\" [\n<!ENTITY secret SYSTEM \""
            + base
            + "/secret\">\n<!ENTITY pw SYSTEM \"file:///etc/passwd\">\n<!ENTITY % p SYSTEM \""
            + base
            + "/p.dtd\">\n%p;\n<!ENTITY brand \"Acme ☕\">\n]>\n"
            + RSS.formatted("a &secret; b &pw; c &brand;");
    SourcePage page = feeds.serve("/feed.xml", xml.getBytes(StandardCharsets.UTF_8));
    assertThat(page.posts()).extracting(Post::text).containsExactly("a  b  c Acme ☕");
    assertThat(feeds.server.requests()).extracting(r -> r.path()).containsExactly("/feed.xml");
  }

  @Test
  void entityExpansionIsBounded() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    SourcePage page = read(file("laughs.xml", dtd + RSS.formatted("&l9;")));
    assertThat(page.posts()).isEmpty();
    assertThat(page.skipped())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.reason())
                    .startsWith("not an RSS or Atom feed (")
                    .contains("entity expansions"));
  }

  @Test
  void relativeLinksAreResolvedAgainstXmlBaseOrTheChannelLinkAndJunkBecomesNull() throws Exception {
    SourcePage page = read(fixture("relative-links.xml"));
    assertThat(page.posts())
        .extracting(Post::nativeId, Post::url)
        .containsExactly(
            tuple("l-1", "https://site.example/2026/09/a/"),
            tuple("l-2", "https://site.example/blog/b/c.html"),
            tuple("l-3", "https://mirror.example/x/y.html"),
            tuple("l-4", "https://elsewhere.example/z"),
            tuple("l-5", null),
            tuple("l-6", null));
  }

  @Test
  void atomPlainTextStaysAsTypedAndHtmlBecomesText() throws Exception {
    SourcePage page = read(fixture("escaped-titles.xml"));
    assertThat(page.posts())
        .extracting(Post::text, Post::url)
        .containsExactly(
            tuple("x < y &amp; z 🙂\n\nPlain &lt;b&gt; stays as typed", "https://esc.example/t"),
            tuple("Tom & Jerry ভালো\n\nAT&T rocks\n\n<3", "https://esc.example/h"));
  }
}
