package org.brandpulse.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.brandpulse.nlp.keywords.KeywordExtractor;
import org.junit.jupiter.api.Test;

class LemmaKeywordsTest {

  private static List<LemmaKeywords.Word> words(String... lemmaSlashPos) {
    List<LemmaKeywords.Word> out = new ArrayList<>();
    for (String s : lemmaSlashPos) {
      int slash = s.lastIndexOf('/');
      out.add(new LemmaKeywords.Word(s.substring(0, slash), s.substring(slash + 1)));
    }
    return out;
  }

  @Test
  void nounsAndAdjectivesByFrequencyThenFirstAppearance() {
    List<LemmaKeywords.Word> text =
        words(
            "the/DT",
            "price/NNS",
            "be/VBD",
            "high/JJ",
            "and/CC",
            "the/DT",
            "delivery/NN",
            "be/VBD",
            "slow/JJ",
            "./.",
            "price/NN",
            "again/RB",
            "!/.");
    assertThat(LemmaKeywords.keywords(text)).containsExactly("price", "high", "delivery", "slow");
  }

  @Test
  void dropsStopWordsUrlsHandlesHashtagsAndSingleLetters() {
    List<LemmaKeywords.Word> text =
        words(
            "don't/VB",
            "dont/NN",
            "@shopnest/NN",
            "#fail/NN",
            "https://t.co/x/NN",
            "x/NN",
            "refund/NN",
            "Bazarly/NNP",
            "2nd/JJ",
            "e-mail/NN",
            "ran/VBD");
    assertThat(LemmaKeywords.keywords(text)).containsExactly("refund", "bazarly", "2nd", "e-mail");
  }

  @Test
  void keepsAccentedCjkAndBengaliLettersAndCapsTheCount() {
    List<LemmaKeywords.Word> text =
        words("café/NN", "東京/NNP", "ডেলিভারি/NN", "😍/NN", "missing/NN");
    assertThat(LemmaKeywords.keywords(text)).containsExactly("café", "東京", "ডেলিভারি", "missing");
    List<LemmaKeywords.Word> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.add(new LemmaKeywords.Word("word" + (char) ('a' + i), "NN"));
    }
    assertThat(LemmaKeywords.keywords(many)).hasSize(KeywordExtractor.MAX_KEYWORDS);
  }

  @Test
  void toleratesMissingLemmaOrTag() {
    List<LemmaKeywords.Word> text =
        List.of(new LemmaKeywords.Word(null, "NN"), new LemmaKeywords.Word("refund", null));
    assertThat(LemmaKeywords.keywords(text)).isEmpty();
  }
}
