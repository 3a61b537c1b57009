package org.brandpulse.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentiment of the lexicon scorers (the version 1 tier), by language. */
class SentimentScorerTest {

  private static SentimentLabel label(String text, String hint) {
    AnalysisContext ctx = new AnalysisContext(hint, Set.of(), Set.of(), false, false);
    // The lexicon scorers (VADER, BengaliVADER with negation rules), i.e. the version 1 tier; the
    // trained models have their own tests. The trained Bengali model still misses some of the
    // negations below (see MODEL-CARD-bn.md).
    return TextAnalyzers.vader().analyze(text, ctx).sentiment().label();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Bengali lexicon, booster, negation after the word, negative suffix
        "পণ্যটা খুব সুন্দর, ধন্যবাদ                     | POSITIVE",
        "সার্ভিস খুব খারাপ, জঘন্য অভিজ্ঞতা             | NEGATIVE",
        "প্রোডাক্ট ভালো না                              | NEGATIVE",
        "খাবারটা ভালো লাগেনি                           | NEGATIVE",
        "একদম খারাপ নয়                                 | POSITIVE",
        "আমি আজ অফিসে যাবো                            | NEUTRAL",
        // Bengali with emoji only
        "আজকের অর্ডার 😍😍                             | POSITIVE",
        // other languages: emoji and emoticons only
        "الخدمة اليوم 😡😠                            | NEGATIVE",
        "今天的服务 😍                                  | POSITIVE",
        "今天的服务很好                                 | NEUTRAL",
        "Der Kundendienst hat heute angerufen :(      | NEGATIVE",
        "Der Kundendienst war wirklich schrecklich     | NEUTRAL",
        // English: VADER
        "I love this phone, the camera is amazing      | POSITIVE",
        "Worst customer service ever, I hate it        | NEGATIVE",
        "The package arrived on Tuesday                | NEUTRAL",
      })
  void scoresByLanguage(String text, SentimentLabel expected) {
    assertThat(label(text.strip(), null)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0.05, POSITIVE", "0.0499, NEUTRAL", "-0.0499, NEUTRAL", "-0.05, NEGATIVE"})
  void labelsWithVaderThresholds(double compound, SentimentLabel expected) {
    assertThat(SentimentScorer.toSentiment(compound).label()).isEqualTo(expected);
    assertThat(SentimentScorer.toSentiment(compound).score()).isEqualTo(compound);
  }
}
