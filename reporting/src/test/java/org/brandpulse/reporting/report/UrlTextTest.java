package org.brandpulse.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        // Bengali, Hindi, Arabic, CJK and an emoji outside the BMP
        "/product/%E0%A6%87%E0%A6%B2%E0%A6%BF%E0%A6%B6 => /product/ইলিশ",
        "/category/%E0%A4%95%E0%A4%AA%E0%A4%A1%E0%A4%BC%E0%A5%87 => /category/कपड़े",
        "/ar/%D8%B9%D8%B1%D9%88%D8%B6 => /ar/عروض",
        "/ja/%E6%9D%B1%E4%BA%AC => /ja/東京",
        "/gift-%F0%9F%8E%81 => /gift-🎁",
        "/with%20space+plus => /with space+plus",
        "/lower-case%e0%a6%95 => /lower-caseক",
        // ZWNJ and ZWJ are part of Bengali and Hindi spelling
        "/%E0%A6%B0%E2%80%8D%E0%A7%8D%E0%A6%AF%E0%A6%BE%E0%A6%AC => /র\u200d্যাব",
        "/ => /",
        "plain text => plain text",
      })
  void decodesUtf8(String raw, String shown) {
    assertThat(UrlText.decodeForDisplay(raw)).isEqualTo(shown);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/100%", // no hex digits
        "/50%-off", // one character after %
        "/%zz", // not hex
        "/%E0%A6", // truncated sequence
        "/%A6%87", // starts with a continuation byte
        "/%C0%AF", // overlong '/'
        "/%ED%A0%80", // a surrogate
        "/%F4%90%80%80", // above U+10FFFF
        "/%FF",
        "/a%2Fb%3Fc%23d%25e", // delimiters keep the path's shape
        "/%00%0A%1B%7F", // controls
        "/%E2%80%AEtxt.exe", // right-to-left override
        "/%E2%80%8B", // zero-width space
        "/%C2%A0", // no-break space
        "/%٣٣", // only ASCII hex digits follow a %
      })
  void keepsWhatIsInvalidOrMisleadingAsWritten(String raw) {
    assertThat(UrlText.decodeForDisplay(raw)).isEqualTo(raw);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "/%E0%A6%87%E0%A6 => /ই%E0%A6",
        "/%E0%A6%87%FF%E0%A6%B2 => /ই%FFল",
        "/%E2%80%AE%E0%A6%87 => /%E2%80%AEই",
        "/%3Cscript%3E => /<script>",
      })
  void decodesTheValidPartsAround(String raw, String shown) {
    assertThat(UrlText.decodeForDisplay(raw)).isEqualTo(shown);
  }

  @ParameterizedTest
  @ValueSource(longs = {20261120L, 7L})
  void neverThrowsAndRoundTripsEncodedText(long seed) {
    Random random = new Random(seed);
    System.out.println("UrlTextTest seed " + seed);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(random.nextInt(3) == 0 ? "%" : "")
            .append("0123456789ABCDEFaz%ইক/".charAt(random.nextInt(22)));
      }
      UrlText.decodeForDisplay(s.toString());
    }
    String text = "/অফার/ঈদ-সেল 2026 🎁 ক্যাশব্যাক";
    assertThat(UrlText.decodeForDisplay(URLEncoder.encode(text, StandardCharsets.UTF_8)))
        .isEqualTo(text.replace(' ', '+').replace("/", "%2F"));
  }
}
