package org.brandpulse.seoaudit.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "NONE                       | HTTP://Example.ORG:80/a#frag        | http://example.org/a",
        "NONE                       | https://example.org:443             | https://example.org/",
        "NONE                       | https://example.org:8443/x          | https://example.org:8443/x",
        "NONE                       | http://example.org./a               | http://example.org/a",
        "NONE                       | http://example.org/a/./b/../c       | http://example.org/a/c",
        "NONE                       | http://example.org/../../a          | http://example.org/a",
        "NONE                       | http://example.org/%7euser/%2fx%41  | http://example.org/~user/%2FxA",
        "NONE                       | http://example.org/a b?q=1 2        | http://example.org/a%20b?q=1%202",
        "NONE                       | http://example.org/100%             | http://example.org/100%25",
        "NONE                       | http://bücher.example/straße        | http://xn--bcher-kva.example/stra%C3%9Fe",
        "NONE                       | http://example.org/বাংলা            | http://example.org/%E0%A6%AC%E0%A6%BE%E0%A6%82%E0%A6%B2%E0%A6%BE",
        "NONE                       | http://example.org/عربي?q=中文       | http://example.org/%D8%B9%D8%B1%D8%A8%D9%8A?q=%E4%B8%AD%E6%96%87",
        "NONE                       | http://example.org/😀               | http://example.org/%F0%9F%98%80",
        "NONE                       | http://under_score.example/a        | http://under_score.example/a",
        "http://example.org/a/b     | c                                   | http://example.org/a/c",
        "http://example.org/a/b     | ../c                                | http://example.org/c",
        "http://example.org/a/b     | /c?x=1                              | http://example.org/c?x=1",
        "http://example.org/a/b?x=1 | ?y=2                                | http://example.org/a/b?y=2",
        "http://example.org/a/b     | //other.example/z                   | http://other.example/z",
        "http://example.org/a/b     | '  /c\t\n '                          | http://example.org/c",
        "http://example.org/a/b     | \\c\\d                              | http://example.org/c/d",
        "http://example.org/a/b     | ''                                  | http://example.org/a/b",
        "http://example.org/a/b     | #top                                | http://example.org/a/b",
        "https://example.org/a      | HTTPS://EXAMPLE.org/A               | https://example.org/A",
      })
  void normalises(String base, String href, String expected) {
    assertThat(UrlNormalizer.resolve(base, href)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mailto:a@example.org",
        "javascript:void(0)",
        "data:text/html,hi",
        "ftp://example.org/",
        "tel:+8801700000000",
        "http://",
        "http:///path",
        "relative/only",
        "http://[::1/"
      })
  void rejectsNonHttpAndBrokenUrls(String url) {
    assertThat(UrlNormalizer.normalize(url)).isEmpty();
  }

  @Test
  void partsOfNormalisedUrls() {
    String u = "https://example.org:8443/a/b?q=1";
    assertThat(UrlNormalizer.host(u)).isEqualTo("example.org");
    assertThat(UrlNormalizer.origin(u)).isEqualTo("https://example.org:8443");
    assertThat(UrlNormalizer.pathAndQuery(u)).isEqualTo("/a/b?q=1");
    assertThat(UrlNormalizer.pathAndQuery("https://example.org")).isEqualTo("/");
  }

  @Test
  void normalisingIsIdempotentOnRandomInput() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String alphabet = "ab/.%?#&=:;@ 中😀\\বا%2e%41";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder href = new StringBuilder();
      int n = random.nextInt(20);
      for (int j = 0; j < n; j++) {
        href.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      var once = UrlNormalizer.resolve("http://example.org/a/b", href.toString());
      if (once.isPresent()) {
        assertThat(UrlNormalizer.normalize(once.get()))
            .as("seed %d href '%s'", seed, href)
            .contains(once.get());
      }
    }
  }

  @Test
  void hashesAndSeenSet() {
    LongHashSet set = new LongHashSet(4);
    for (int i = 0; i < 100_000; i++) {
      assertThat(set.add(UrlHash.of("https://example.org/p/" + i))).isTrue();
    }
    assertThat(set.add(UrlHash.of("https://example.org/p/5"))).isFalse();
    assertThat(set.contains(UrlHash.of("https://example.org/p/99999"))).isTrue();
    assertThat(set.contains(UrlHash.of("https://example.org/p/100000"))).isFalse();
    assertThat(set.add(0L)).isTrue();
    assertThat(set.add(0L)).isFalse();
    assertThat(set.size()).isEqualTo(100_001);
  }
}
