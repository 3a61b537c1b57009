package org.brandpulse.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {

  private static String[] words(String text) {
    return text.split(" ");
  }

  @Test
  void nearCopiesAreCloseAndOtherTextsFar() {
    String base = "bazarly delivered my order two days late and support never answered my mail";
    long a = SimHash.ofShingles(words(base), 3);
    long b = SimHash.ofShingles(words(base + " again"), 3);
    long c =
        SimHash.ofShingles(
            words("বাজারলি থেকে অর্ডার করেছি খুব দ্রুত ডেলিভারি পেয়েছি ধন্যবাদ"), 3);
    assertThat(SimHash.distance(a, b)).isLessThan(SimHash.distance(a, c));
    assertThat(SimHash.similarity(a, a)).isEqualTo(1.0);
    assertThat(SimHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
  }

  @Test
  void distinctShinglesVoteOnceUnlessEveryOccurrenceCounts() {
    String[] once = words("a b c d e");
    String[] twice = words("a b c d e a b c d e");
    // distinct: the repetition adds only the shingles across the seam
    assertThat(SimHash.ofShingles(twice, 3)).isEqualTo(SimHash.ofShingles(twice, 3, true));
    assertThat(SimHash.ofShingles(once, 3, false)).isEqualTo(SimHash.ofShingles(once, 3, true));
  }

  @Test
  void shingleHashesAreFingerprintsOfTheWordsEachFollowedByASpace() {
    // one shingle only: the SimHash of a single hash is that hash
    long h = Fingerprint64.of("love it 😍 ");
    assertThat(SimHash.ofShingles(words("love it 😍"), 3)).isEqualTo(h);
  }
}
