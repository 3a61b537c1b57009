package org.brandpulse.ingest.source.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <p>one</p><p>two</p>                                 | one\\n\\ntwo
          line<br>break<br />again                             | line\\nbreak\\nagain
          It&#x27;s <i>fine</i> &amp; done                     | It's fine & done
          <p>বাংলা <a href="https://x.example">লিংক</a> 😡</p> | বাংলা লিংক 😡
          <p>a</p><pre><code>x  =  1\\ny</code></pre>          | a\\n\\nx  =  1\\ny
          '   '                                                 | ''
          """)
  void htmlBecomesPlainText(String html, String expected) {
    assertThat(HtmlText.toText(html.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
  }
}
