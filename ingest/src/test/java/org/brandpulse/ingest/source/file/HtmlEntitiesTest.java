package org.brandpulse.ingest.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlEntitiesTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DECODE            | AT&amp;T &lt;3 &gt;:(             | AT&T <3 >:(
          DECODE            | &amp;lt; is written once         | &lt; is written once
          DECODE            | &#128512; &#x1F600; &eacute;     | 😀 😀 é
          DECODE            | ভালো &amp; মন্দ, جيد &amp; سيئ     | ভালো & মন্দ, جيد & سيئ
          DECODE            | &copy 2020 &#0; &#xD800; &bogus; | &copy 2020 &#0; &#xD800; &bogus;
          DECODE            | AT&T &amp; co                    | AT&T & co
          DECODE_IF_ESCAPED | Tom &amp; Jerry &#x1F42D;        | Tom & Jerry 🐭
          DECODE_IF_ESCAPED | AT&T &amp; co                    | AT&T &amp; co
          DECODE_IF_ESCAPED | 1 < 2 &amp;&amp; 3               | 1 < 2 &amp;&amp; 3
          DECODE_IF_ESCAPED | &copy 2020                       | &copy 2020
          DECODE_IF_ESCAPED | no entities at all 🙂             | no entities at all 🙂
          KEEP              | AT&amp;T                         | AT&amp;T
          """)
  void decodesOnceAndOnlyWhatTheSettingSays(HtmlEntities setting, String text, String expected) {
    assertThat(setting.apply(text)).isEqualTo(expected);
  }
}
