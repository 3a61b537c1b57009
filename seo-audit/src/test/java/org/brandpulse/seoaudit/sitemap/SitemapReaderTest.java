package org.brandpulse.seoaudit.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SitemapReaderTest.class.getResourceAsStream("/sitemap/" + name)) {
      return in.readAllBytes();
    }
  }

  private static SitemapInfo read(String url, byte[] body) {
    return SitemapReader.read(url, "option", null, 200, body, "application/xml", false);
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }

  @Test
  void readsUrlsetWithEncodedCdataAndEscapedLocs() throws IOException {
    SitemapInfo s = read("https://example.org/sitemap.xml", resource("urlset.xml"));

    assertThat(s.errors()).isEmpty();
    assertThat(s.index()).isFalse();
    assertThat(s.urls())
        .containsExactly(
            "https://example.org/",
            "https://example.org/bn/%E0%A6%AC%E0%A6%BE%E0%A6%82%E0%A6%B2%E0%A6%BE",
            "https://example.org/search?q=a&b=1",
            "https://example.org/ar?x=1&y=2");
    assertThat(s.urlCount()).isEqualTo(4);
    assertThat(s.byteSize()).isEqualTo(resource("urlset.xml").length);
  }

  @Test
  void readsIndex() throws IOException {
    SitemapInfo s = read("https://example.org/sitemap_index.xml", resource("index.xml"));

    assertThat(s.index()).isTrue();
    assertThat(s.valid()).isTrue();
    assertThat(s.urls()).isEmpty();
    assertThat(s.sitemaps())
        .containsExactly(
            "https://example.org/sitemap-pages.xml", "https://example.org/sitemap-posts.xml.gz");
  }

  @Test
  void readsGzip() throws IOException {
    SitemapInfo s = read("https://example.org/sitemap.xml.gz", gzip(resource("urlset.xml")));

    assertThat(s.gzipped()).isTrue();
    assertThat(s.errors()).isEmpty();
    assertThat(s.urlCount()).isEqualTo(4);
  }

  @Test
  void reportsRelativeLocs() throws IOException {
    SitemapInfo s = read("https://example.org/sitemap.xml", resource("relative.xml"));

    assertThat(s.relativeLocs()).containsExactly("/relative/page", "other-relative.html");
    assertThat(s.urls()).containsExactly("https://example.org/ok");
    assertThat(s.errors())
        .singleElement()
        .asString()
        .contains("2 relative <loc>", "'/relative/page'");
  }

  @Test
  void reportsBrokenXmlWithTheSitemapUrl() throws IOException {
    SitemapInfo s = read("https://example.org/broken.xml", resource("broken.xml"));

    assertThat(s.valid()).isFalse();
    assertThat(s.errors())
        .anySatisfy(
            e -> assertThat(e).startsWith("https://example.org/broken.xml: not a valid sitemap"));
  }

  @Test
  void refusesExternalEntities() throws IOException {
    SitemapInfo s = read("https://example.org/xxe.xml", resource("xxe.xml"));

    assertThat(s.valid()).isFalse();
    assertThat(String.join(" ", s.urls())).doesNotContain("root:");
  }

  @Test
  void readsTextSitemapAndFlagsOtherHosts() throws IOException {
    SitemapInfo s =
        SitemapReader.read(
            "https://example.org/urls.txt",
            "robots",
            null,
            200,
            resource("urls.txt"),
            "text/plain",
            false);

    assertThat(s.urls())
        .containsExactly(
            "https://example.org/a",
            "https://example.org/%E4%B8%AD%E6%96%87",
            "https://other.example/x");
    assertThat(s.errors()).singleElement().asString().contains("1 URL(s) not on host example.org");
  }

  @Test
  void flagsMoreThan50000Urls() {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (int i = 0; i < 50_001; i++) {
      xml.append("<url><loc>https://example.org/p/").append(i).append("</loc></url>\n");
    }
    xml.append("</urlset>\n");
    SitemapInfo s =
        read("https://example.org/big.xml", xml.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(s.urlCount()).isEqualTo(50_001);
    assertThat(s.errors()).singleElement().asString().contains("50001 URLs, more than the 50,000");
  }

  @Test
  void flagsNon200AndOversize() {
    SitemapInfo missing =
        SitemapReader.read(
            "https://example.org/s.xml", "robots", null, 404, new byte[0], "text/html", false);
    SitemapInfo cut =
        SitemapReader.read(
            "https://example.org/s.xml",
            "robots",
            null,
            200,
            "<urlset>".getBytes(StandardCharsets.UTF_8),
            "application/xml",
            true);

    assertThat(missing.errors())
        .containsExactly("https://example.org/s.xml: HTTP status 404, expected 200");
    assertThat(cut.errors()).anySatisfy(e -> assertThat(e).contains("larger than 50 MB"));
  }

  @Test
  void corruptGzipIsAnError() {
    byte[] bad = {(byte) 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3};
    SitemapInfo s = read("https://example.org/s.xml.gz", bad);

    assertThat(s.errors()).singleElement().asString().contains("gzip data is corrupt");
  }
}
