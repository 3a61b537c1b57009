package org.brandpulse.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EscapesTest {
  private static final List<String> SAMPLES =
      List.of(
          "plain",
          "comma, \"quote\" and\r\nCRLF",
          "বাজারলি থেকে অর্ডার করলাম 😡 #বাজারলি",
          "طلبت من Bazarly هدية",
          "tab\there \\ backslash \u0001 control \u2028 separator",
          "CJK 日本語 and 🧼 surrogate pair");

  @Test
  void jsonRoundTripsThroughJackson() {
    JsonMapper json = JsonMapper.builder().build();
    for (String sample : SAMPLES) {
      assertThat(json.readTree(Escapes.json(sample)).asString()).isEqualTo(sample);
    }
    assertThat(Escapes.json(null)).isEqualTo("null");
  }

  @Test
  void csvQuotesOnlyWhenNeededAndRoundTrips() {
    assertThat(Escapes.csv("plain")).isEqualTo("plain");
    assertThat(Escapes.csv("বাজারলি 😡")).isEqualTo("বাজারলি 😡");
    assertThat(Escapes.csv("a,b")).isEqualTo("\"a,b\"");
    assertThat(Escapes.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Escapes.csv("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(Escapes.csv("cr\ronly")).isEqualTo("\"cr\ronly\"");
    String row = Escapes.csv(SAMPLES) + "\r\n";
    assertThat(MiniCsv.parse(row).get(1)).containsExactlyElementsOf(SAMPLES);
  }

  @Test
  void xmlEscapesSpecialsKeepsEmojiAndDropsForbiddenCharacters() {
    assertThat(Escapes.xml("<a href=\"x\">Tom & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;");
    assertThat(Escapes.xml("ঢাকার্ট 🧼\ttab")).isEqualTo("ঢাকার্ট 🧼\ttab");
    assertThat(Escapes.xml("bell\u0007 lone\uD83D surrogate \uFFFF"))
        .isEqualTo("bell lone surrogate ");
  }
}
