package org.brandpulse.nlp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Runs the complaint stage over already tokenized posts many times and prints its cost per post
 * (best of five rounds); timings are printed, never asserted (the figures that count come from
 * {@code brandpulse bench nlp}). What is asserted is that repeated scoring stays stable: the same
 * post gets the same probability on every round, in [0, 1].
 */
class ComplaintSpeedTest {
  private static final String[] POSTS = {
    "@AcmeHelp my order #4411 never arrived, still waiting after two weeks!! 😡",
    "Loving the new Acme headphones, sound is amazing https://acme.example/p/1",
    "@AcmeHelp do you ship to Chittagong? Thanks 🙏",
    "আমার অর্ডার এখনও পাইনি, কবে পাবো?",
    "I was charged twice for one order and customer service keeps ignoring me. Unacceptable.",
    "Great weekend at the beach with friends 🌊☀️ #summer",
  };

  @Test
  void repeatedScoringIsStableAndItsCostIsPrinted() {
    ComplaintAnalyzer analyzer = ComplaintAnalyzer.loadDefault();
    List<List<Token>> tokens = new ArrayList<>();
    for (String p : POSTS) {
      tokens.add(Tokenizer.tokenize(p));
    }
    Sentiment s = new Sentiment(SentimentLabel.NEGATIVE, -0.4);
    double[] first = new double[tokens.size()];
    for (int i = 0; i < first.length; i++) {
      first[i] =
          analyzer
              .detect(POSTS[i], tokens.get(i), "und", s, true, AnalysisContext.NONE)
              .probability();
    }
    double sink = 0;
    for (int i = 0; i < 60_000; i++) {
      int k = i % tokens.size();
      sink +=
          analyzer
              .detect(POSTS[k], tokens.get(k), "und", s, true, AnalysisContext.NONE)
              .probability();
    }
    int n = 60_000;
    double micros = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        int k = i % tokens.size();
        double p =
            analyzer
                .detect(POSTS[k], tokens.get(k), "und", s, true, AnalysisContext.NONE)
                .probability();
        if (p != first[i % first.length]) {
          throw new AssertionError(
              "post " + (i % first.length) + ": " + p + " after " + first[i % first.length]);
        }
        sink += p;
      }
      micros = Math.min(micros, (System.nanoTime() - start) / 1e3 / n);
    }
    System.out.printf(Locale.ROOT, "complaint stage: %.2f µs per post (sink %.1f)%n", micros, sink);
    for (double p : first) {
      assertThat(p).isBetween(0.0, 1.0);
    }
    assertThat(first[0]).isGreaterThan(first[5]);
  }
}
