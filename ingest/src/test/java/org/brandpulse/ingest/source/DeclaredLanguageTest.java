package org.brandpulse.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclaredLanguageTest {

  @ParameterizedTest(name = "{0} on \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          ja    | #hoot (hashtag toot)                          | null
          ja    | 新しいiPhone 15 Pro Maxを買った                  | ja
          ja-JP | 東京大学                                       | ja
          en    | 안녕하세요 오늘 날씨가 좋네요 GDP                 | null
          en-US | Support answered in 10 minutes 👩🏽‍💻             | en
          bn    | @nimbus_support আমার ফোনের ব্যাটারি শেষ #NimbusMobile | bn
          ar    | البطارية تنفد بسرعة                            | ar
          en    | 😡😡😡 !!!                                      | en
          de    | ça marche                                     | de
          sr    | Ово је тест                                   | sr
          ''    | anything                                      | null
          """)
  void aTagIsKeptUnlessTheTextsLettersContradictIt(String tag, String text, String expected) {
    assertThat(DeclaredLanguage.check(tag, text)).isEqualTo(expected);
  }
}
