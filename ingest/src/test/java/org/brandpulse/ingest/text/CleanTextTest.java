package org.brandpulse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

  @Test
  void dropsNulAndOtherControlsButKeepsLineBreaksAndTabs() {
    assertThat(CleanText.of("a\u0000b\u0007c\u001Bd\u0085e")).isEqualTo("abcde");
    assertThat(CleanText.of("line 1\r\nline 2\tcol")).isEqualTo("line 1\r\nline 2\tcol");
    assertThat(CleanText.of(null)).isNull();
  }

  @Test
  void keepsEveryScriptAndEmojiAndReplacesLoneSurrogates() {
    String ok = "বাজারলি ডেলিভারি 😡 配送が遅い 𠮷 توصيل";
    assertThat(CleanText.of(ok)).isSameAs(ok);
    assertThat(CleanText.of("x\uD83Dy")).isEqualTo("x\uFFFDy");
    assertThat(CleanText.of("x\uDE00")).isEqualTo("x\uFFFD");
    assertThat(CleanText.of("end\uD83D")).isEqualTo("end\uFFFD");
  }
}
