package org.brandpulse.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brandpulse.nlp.eval.DataSplits;
import org.brandpulse.nlp.eval.LabeledText;
import org.brandpulse.nlp.eval.SentimentEvaluation;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.sentiment.BengaliCorpora;
import org.brandpulse.nlp.sentiment.BengaliFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Held-out accuracy floor and determinism of the Bengali training command (needs shared data). */
class TrainBengaliSentimentTest {
  private static Path bengali;

  @BeforeAll
  static void sharedData() {
    String root = System.getProperty("brandpulse.shared.data", "../../shared/data");
    bengali = Path.of(root).resolve("bengali");
    assumeTrue(
        Files.isRegularFile(bengali.resolve(BengaliCorpora.BLP_DEV)),
        "shared data absent: " + bengali);
  }

  @Test
  void modelTrainedWithoutBlpPostsBeatsTheMajorityClassOnBlpDev() throws IOException {
    List<LabeledText> blp = BengaliCorpora.readIdTextLabel(bengali.resolve(BengaliCorpora.BLP_DEV));
    LinearModel model =
        TrainBengaliSentiment.train(
            BengaliCorpora.trainingSets(bengali),
            BengaliFeatures.DEFAULT_CONFIG,
            TrainBengaliSentiment.OPTIONS);
    SentimentEvaluation e = TrainBengaliSentiment.evaluate(model, blp);
    System.out.println("BLP-2023 dev, trained without BLP posts: " + e);
    assertThat(blp).hasSize(3934);
    // majority class (negative) is 0.446 on this split
    assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.50);
  }

  @Test
  void theShippedRecipeHoldsOnTheUntouchedFifthOfBlpDev() throws IOException {
    List<LabeledText> blp = BengaliCorpora.readIdTextLabel(bengali.resolve(BengaliCorpora.BLP_DEV));
    DataSplits.Split<LabeledText> split = TrainBengaliSentiment.holdOut(blp);
    assertThat(split.test()).hasSize(787);
    assertThat(split.train().size() + split.test().size()).isEqualTo(blp.size());
    TrainBengaliSentiment.Recipe r = TrainBengaliSentiment.SHIPPED_RECIPE;
    LinearModel model =
        TrainBengaliSentiment.train(
            TrainBengaliSentiment.withRepeats(
                BengaliCorpora.trainingSets(bengali), split.train(), null, r.repeats()),
            r.config(),
            r.options());
    SentimentEvaluation e = TrainBengaliSentiment.evaluate(model, split.test());
    System.out.println("BLP-2023 dev, untouched fifth: " + e);
    // MODEL-CARD-bn.md: 0.605 micro-F1 (training is deterministic); the floor is the target of
    // issue 16, so a change that loses it fails here, not in a README row.
    assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.60);
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    List<LabeledText> sample = BengaliCorpora.trainingSets(bengali).subList(0, 600);
    assertThat(bytes(sample)).isEqualTo(bytes(sample));
  }

  private static byte[] bytes(List<LabeledText> data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrainBengaliSentiment.train(data, BengaliFeatures.DEFAULT_CONFIG, TrainBengaliSentiment.OPTIONS)
        .write(out);
    return out.toByteArray();
  }
}
