package org.brandpulse.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  private static List<Token> tokens(String text) {
    return Tokenizer.tokenize(TextSanitizer.sanitize(text, 10_000).orElseThrow());
  }

  private static List<String> kinds(String text) {
    return tokens(text).stream().map(t -> t.kind() + ":" + t.text()).toList();
  }

  @Test
  void splitsWordsNumbersPunctuationAndKeepsContractions() {
    assertThat(kinds("I can’t pay $1,000.50 now!"))
        .containsExactly(
            "WORD:I",
            "WORD:can’t",
            "WORD:pay",
            "PUNCT:$",
            "NUMBER:1,000.50",
            "WORD:now",
            "PUNCT:!");
    assertThat(tokens("can’t").get(0).lower()).isEqualTo("can't");
  }

  @Test
  void findsHashtagsMentionsAndUrls() {
    assertThat(kinds("@Acme_Help #Order late, see https://acme.com/x?y=1. mail a@b.com"))
        .containsExactly(
            "MENTION:Acme_Help",
            "HASHTAG:Order",
            "WORD:late",
            "PUNCT:,",
            "WORD:see",
            "URL:https://acme.com/x?y=1",
            "PUNCT:.",
            "WORD:mail",
            "WORD:a",
            "PUNCT:@",
            "WORD:b",
            "PUNCT:.",
            "WORD:com");
  }

  @Test
  void fediverseMentionKeepsItsDomainAndNumericHashtagIsNoHashtag() {
    assertThat(kinds("@alice@mastodon.social #2024"))
        .containsExactly("MENTION:alice@mastodon.social", "PUNCT:#", "NUMBER:2024");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "family ZWJ sequence, 👨‍👩‍👧",
    "thumbs up with skin tone, 👍🏽",
    "flag of Bangladesh, 🇧🇩",
    "keycap one, 1️⃣",
    "red heart with VS16, ❤️",
    "woman technologist medium skin, 👩🏽‍💻",
    "rainbow flag, 🏳️‍🌈",
  })
  void emojiClustersStayWhole(String name, String emoji) {
    assertThat(kinds("ok" + emoji + "ok")).containsExactly("WORD:ok", "EMOJI:" + emoji, "WORD:ok");
  }

  @Test
  void bengaliWordsKeepVowelSignsAndJoiners() {
    // র‍্যাব is written with a ZERO WIDTH JOINER between র and the virama.
    assertThat(kinds("আমার অর্ডার পাইনি। র‍্যাব #ঢাকা"))
        .containsExactly(
            "WORD:আমার", "WORD:অর্ডার", "WORD:পাইনি", "PUNCT:।", "WORD:র‍্যাব", "HASHTAG:ঢাকা");
  }

  @Test
  void arabicAndCjkTextTokenizes() {
    assertThat(kinds("خدمة سيئة 😡")).containsExactly("WORD:خدمة", "WORD:سيئة", "EMOJI:😡");
    assertThat(kinds("很好用！")).containsExactly("WORD:很好用", "PUNCT:！");
  }

  @Test
  void socialFeaturesAreDistinctLowerCaseInOrder() {
    List<Token> t = tokens("#Sale @ACME #sale 🇧🇩 @acme 👍🏽 #BlackFriday 🇧🇩");
    assertThat(SocialFeatures.hashtags(t)).containsExactly("sale", "blackfriday");
    assertThat(SocialFeatures.mentions(t)).containsExactly("acme");
    assertThat(SocialFeatures.emoji(t)).containsExactly("🇧🇩", "👍🏽");
  }

  @Test
  void sanitizerClipsRejectsBinaryAndRepairsSurrogates() {
    assertThat(TextSanitizer.sanitize(null, 10)).contains("");
    assertThat(TextSanitizer.sanitize("a\u0000b\u0001cdefghijklmnopqrstuvwxyz", 100))
        .contains("a b cdefghijklmnopqrstuvwxyz");
    assertThat(TextSanitizer.sanitize("\u0000\u0000\u0000abc", 100)).isEmpty();
    assertThat(TextSanitizer.sanitize("x\uD800y" + "z".repeat(20), 100).orElseThrow())
        .startsWith("x y");
    // never splits a surrogate pair when clipping
    assertThat(TextSanitizer.sanitize("ab😀", 3)).contains("ab");
    // Bengali য় typed as য + nukta becomes NFC (they are canonically equal)
    assertThat(TextSanitizer.sanitize("নয়", 10).orElseThrow()).isEqualTo("নয়");
  }
}
