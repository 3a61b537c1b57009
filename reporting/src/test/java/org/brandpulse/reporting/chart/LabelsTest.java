package org.brandpulse.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "/category/home-decor/lamps/brass-table-lamp-2041 => /category/home-…-table-lamp-2041",
        "/product/cotton-saree-1000 => /product/cotton-saree-1000",
        "/category/উপহার-সামগ্রী-ও-আরও-অনেক-কিছু-ঈদ-সেল => /category/উপহার-…আরও-অনেক-কিছু-ঈদ-সেল",
        "exactly-thirty-two-characters-ok => exactly-thirty-two-characters-ok",
      })
  void keepsStartAndEndOfLongLabels(String label, String shown) {
    assertThat(Labels.axisLabel(label)).isEqualTo(shown);
  }

  @Test
  void countsUserPerceivedCharacters() {
    // 40 family emoji of 7 code points each: cut between clusters, never inside one
    String family = "👨‍👩‍👧‍👦".repeat(40);
    String shown = Labels.middleEllipsis(family, 11);
    assertThat(shown).isEqualTo("👨‍👩‍👧‍👦".repeat(5) + "…" + "👨‍👩‍👧‍👦".repeat(5));
    // a Bengali vowel sign stays with its consonant
    assertThat(Labels.middleEllipsis("কিকিকিকিকিকি", 5)).isEqualTo("কিকি…কিকি");
    assertThat(Labels.middleEllipsis("a b c d e f g", 5)).isEqualTo("a…g");
  }

  @Test
  void rejectsTooSmallMaximum() {
    assertThatThrownBy(() -> Labels.middleEllipsis("abc", 2))
        .hasMessageContaining("max must be >= 3, was 2");
  }
}
