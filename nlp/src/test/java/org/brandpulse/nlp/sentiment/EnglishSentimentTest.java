package org.brandpulse.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.TextAnalyzers;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishSentimentTest {
  private static Sentiment score(String text) {
    return EnglishSentiment.shipped().score(text, Tokenizer.tokenize(text));
  }

  @Test
  void shippedModelLoadsAndIsWhatItSays() {
    EnglishSentiment english = EnglishSentiment.shipped();
    assertThat(english.model().labels()).containsExactly("negative", "neutral", "positive");
    assertThat(english.model().properties())
        .containsEntry("recipe", EnglishSentimentFeatures.RECIPE)
        .containsKey("offsets");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I love my new phone, best purchase ever 😍 | POSITIVE",
        "Thank you so much for the quick help!!! 🙏 | POSITIVE",
        "Worst customer service ever, still waiting for my refund 😡 | NEGATIVE",
        "my order arrived broken and nobody answers :( | NEGATIVE",
        "The store opens at 9am on Monday | NEUTRAL",
        "Our flight leaves from gate 12 on Tuesday | NEUTRAL"
      })
  void labelsClearCases(String text, SentimentLabel expected) {
    assertThat(score(text).label()).isEqualTo(expected);
  }

  @Test
  void negationTurnsTheScore() {
    assertThat(score("the food was not good").score())
        .isLessThan(score("the food was good").score());
    assertThat(score("the movie was not bad at all").score())
        .isGreaterThan(score("the movie was bad").score());
  }

  @Test
  void emojiAndElongationCarrySentiment() {
    assertThat(score("new update 😍😍").score()).isGreaterThan(score("new update").score());
    assertThat(score("new update 😭😡").score()).isLessThan(score("new update").score());
    assertThat(score("sooooo goooood").label()).isEqualTo(SentimentLabel.POSITIVE);
  }

  @Test
  void scoreIsPositiveMinusNegativeProbability() {
    Sentiment s = EnglishSentiment.toSentiment(new double[] {0.1, 0.3, 0.6});
    assertThat(s.label()).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(s.score()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void fastTierUsesTheModelAndStaysCalmOnOtherScripts() {
    for (String text :
        List.of(
            "",
            "\u0000\u0001",
            "ভালো পণ্য 😀",
            "هذا رائع",
            "这个产品很好",
            "👍🏽👍🏽",
            "x".repeat(50_000))) {
      assertThat(TextAnalyzers.fast().analyze(text).sentiment().score()).isBetween(-1.0, 1.0);
    }
    assertThat(TextAnalyzers.fast().analyze("I hate waiting, this is awful").sentiment().label())
        .isEqualTo(SentimentLabel.NEGATIVE);
  }
}
