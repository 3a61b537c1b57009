package org.brandpulse.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DedupKeysTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "RT @rina_k: Bazarly is GREAT!!!                 | bazarly is great",
        "rt @a: RT @b: loved it                          | loved it",
        "Loved it via @bazarly https://t.co/abc          | loved it",
        "Check www.bazarly.com/sale @shop_co #Deals      | check deals",
        "ＢＡＺＡＲＬＹ　ｓａｌｅ                          | bazarly sale",
        "বাজারলি থেকে অর্ডার করেছি।                     | বাজারলি থেকে অর্ডার করেছি",
        "love   it 😍 !!                                  | love it 😍",
        "mail me at rina@example.com                     | mail me at rina example com",
      })
  void normalizes(String text, String expected) {
    assertThat(DedupKeys.normalize(text)).isEqualTo(expected);
  }

  @Test
  void shortTextsGetOnlyTheExactKey() {
    DedupKeys keys = DedupKeys.of("love it, bazarly!");
    assertThat(keys.hasSimHash()).isFalse();
    assertThat(keys.all()).singleElement().asString().matches("x:[0-9a-f]{16}");
    assertThat(DedupKeys.of("https://t.co/only-a-link").all()).isEmpty();
  }

  @Test
  void longTextsGetFourBandKeys() {
    DedupKeys keys = DedupKeys.of("my parcel from bazarly arrived broken again today");
    assertThat(keys.hasSimHash()).isTrue();
    assertThat(keys.bandKeys()).hasSize(4).allMatch(k -> k.matches("b[0-3]:[0-9a-f]{4}"));
    assertThat(keys.all()).hasSize(5).startsWith(keys.exactKey());
  }

  @Test
  void retweetsAndCosmeticEditsShareTheExactKey() {
    String text = "My parcel from Bazarly arrived broken, support ignores me!";
    DedupKeys original = DedupKeys.of(text);
    assertThat(DedupKeys.of("RT @rina_k: " + text).exactKey()).isEqualTo(original.exactKey());
    assertThat(
            DedupKeys.of(text.toUpperCase(java.util.Locale.ROOT) + " https://bit.ly/x").exactKey())
        .isEqualTo(original.exactKey());
    assertThat(DedupKeys.of(text + " extra").exactKey()).isNotEqualTo(original.exactKey());
  }

  /** A long text (a blog post or feed item): 600 words of a 1000-word vocabulary, some Bengali. */
  static String longText(int seed) {
    java.util.Random random = new java.util.Random(seed);
    StringBuilder s = new StringBuilder("Bazarly weekly deals");
    for (int i = 1; i <= 600; i++) {
      int w = random.nextInt(1000);
      s.append(' ').append(w % 5 == 0 ? "শব্দ" + w : "word" + w);
    }
    return s.toString();
  }

  static String oneWordChanged(String text) {
    String[] words = text.split(" ");
    words[300] = "changed";
    return String.join(" ", words);
  }

  @Test
  void aLongTextWithOneWordChangedIsANearDuplicate() {
    String text = longText(1);
    DedupKeys a = DedupKeys.of(text);
    DedupKeys edited = DedupKeys.of(oneWordChanged(text));
    assertThat(edited.exactKey()).isNotEqualTo(a.exactKey());
    assertThat(DedupKeys.distance(a.simHash(), edited.simHash()))
        .isLessThanOrEqualTo(DedupKeys.MAX_DISTANCE);
    assertThat(a.matches(edited)).isTrue();
    assertThat(a.bandKeys()).containsAnyElementsOf(edited.bandKeys());
  }

  @Test
  void differentTextsAreNoDuplicates() {
    DedupKeys a = DedupKeys.of(longText(1));
    assertThat(a.matches(DedupKeys.of(longText(2)))).isFalse();
    DedupKeys late =
        DedupKeys.of("Bazarly delivered my order two weeks late and the box was empty");
    DedupKeys early =
        DedupKeys.of("Bazarly delivered my order two days early and the box was perfect");
    assertThat(late.matches(early)).isFalse();
  }

  @Test
  void distanceCountsDifferingBits() {
    assertThat(DedupKeys.distance(0L, 0L)).isZero();
    assertThat(DedupKeys.distance(0b1011L, 0b0001L)).isEqualTo(2);
    assertThat(DedupKeys.distance(-1L, 0L)).isEqualTo(64);
  }

  /**
   * Keys are stored in the index: these are the keys the code before the speed-ups gave (commit
   * 6c72a62), so a faster computation that changes a single bit fails here, not in a re-index.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "RT @bazarly: Big sale today on all phones, check https://bazarly.com/sale now!"
            + " | x:02f35d974d448452 b0:5206 b1:2e13 b2:e792 b3:20e7",
        "@bazarly_help অর্ডার দেওয়ার পর কি ডেলিভারি ঠিকানা পরিবর্তন করা যায়?"
            + " | x:38c0b2e265633dac b0:c6e6 b1:178a b2:856a b3:20eb",
        "Loving the new #Bazarly app 😍👍🏽 fast delivery via @dhakart@mastodon.social"
            + " | x:baefebef7e40d343 b0:c294 b1:bb94 b2:0151 b3:bc2a",
        "thanks! | x:a6a2729cbf6bcadc",
        "شكرا بازارلي على التوصيل السريع جدا جدا"
            + " | x:71b7455372612577 b0:79a1 b1:5a26 b2:2d35 b3:d9ba",
        "ＦＵＬＬ　ＷＩＤＴＨ text with www.example.com link and more words here"
            + " | x:0fa94c0eb9fa573b b0:ba82 b1:11c6 b2:1797 b3:040a",
        "the the the the the the the the the"
            + " | x:08fc2458e53b3942 b0:5c33 b1:79d8 b2:f7fa b3:e718",
        "配送が遅い。注文番号 12345 まだ届かない 😡 @bazarly"
            + " | x:c9738d4607e631bd b0:ab1b b1:af57 b2:f658 b3:90f4",
      })
  void keysStayBitIdenticalToTheStoredOnes(String text, String keys) {
    assertThat(DedupKeys.of(text).all()).containsExactly(keys.split(" "));
    assertThat(DedupKeys.of(text)).isSameAs(DedupKeys.of(text));
  }

  @Test
  void aBareLinkHasNoKeys() {
    assertThat(DedupKeys.of("https://t.co/abc").all()).isEmpty();
  }
}
