package org.brandpulse.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;

/**
 * Fast-tier sentiment against the shared evaluation sets (skipped when absent). Floors sit just
 * below the measured figures so that regressions fail the build.
 */
class SentimentAccuracyTest {
  private final TextAnalyzer fast = TextAnalyzers.fast();

  @Test
  void tweetEvalValidation() throws IOException {
    Path file = SharedData.require("sentiment/tweeteval-val.tsv");
    ThreeClassScore score = new ThreeClassScore();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        SentimentLabel gold = SentimentLabel.parse(line.substring(0, tab));
        score.add(gold, fast.analyze(line.substring(tab + 1)).sentiment().label());
      }
    }
    System.out.println("tweeteval-val (fast tier): " + score);
    assertThat(score.n()).isEqualTo(2000);
    assertThat(score.macroRecall()).isGreaterThan(0.59);
    assertThat(score.accuracy()).isGreaterThan(0.56);
  }
}
