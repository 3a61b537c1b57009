package org.brandpulse.nlp.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brandpulse.nlp.eval.LabeledComplaint;
import org.brandpulse.nlp.ml.BoostedTrees;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.ml.TreeBoosting;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Training is deterministic, both files round-trip, and foreign models are refused. */
class ComplaintModelRoundTripTest {
  private static final String[] COMPLAINTS = {
    "@AcmeHelp my order never arrived, still waiting after two weeks",
    "@AcmeHelp charged twice and no refund, this is ridiculous",
    "my phone arrived broken, terrible quality @Acme",
    "@AcmeHelp on hold for an hour, your agents are useless 😡",
    "আমার অর্ডার এখনও পাইনি",
  };
  private static final String[] OTHERS = {
    "@AcmeHelp thanks, all sorted now!",
    "@AcmeHelp do you ship to Chittagong?",
    "Great weekend at the beach 🌊",
    "@friend see you at 8 tonight",
    "নতুন ফোনটা দারুণ",
  };

  private static byte[][] trainTiny() throws IOException {
    List<LabeledComplaint> data = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      for (String c : COMPLAINTS) {
        data.add(new LabeledComplaint("c" + data.size(), c, true, "fixture"));
      }
      for (String o : OTHERS) {
        data.add(new LabeledComplaint("o" + data.size(), o, false, "fixture"));
      }
    }
    ComplaintModel m =
        ComplaintTraining.train(
            ComplaintTraining.examples(data), ComplaintTraining.Options.DEFAULT);
    return write(m);
  }

  private static byte[][] write(ComplaintModel m) throws IOException {
    ByteArrayOutputStream linear = new ByteArrayOutputStream();
    ByteArrayOutputStream trees = new ByteArrayOutputStream();
    m.write(linear, trees);
    return new byte[][] {linear.toByteArray(), trees.toByteArray()};
  }

  @Test
  void trainingTwiceGivesTheSameBytesAndTheFilesRoundTrip() throws IOException {
    byte[][] first = trainTiny();
    assertThat(trainTiny()).isDeepEqualTo(first);
    ComplaintModel model =
        ComplaintModel.read(new ByteArrayInputStream(first[0]), new ByteArrayInputStream(first[1]));
    ComplaintAnalyzer read = new ComplaintAnalyzer(model);
    double p = read.probability(Tokenizer.tokenize("@AcmeHelp my order never arrived"));
    assertThat(p).isGreaterThan(0.5);
    assertThat(read.probability(Tokenizer.tokenize("Great weekend at the beach 🌊")))
        .isLessThan(0.5);
    assertThat(write(model)).isDeepEqualTo(first);
    assertThat(model.linear().properties()).containsEntry("features", ComplaintFeatures.RECIPE);
    assertThat(model.trees().properties()).containsKeys("threshold", "stage2");
  }

  @Test
  void shippedModelCarriesItsRecipeAndFigures() {
    ComplaintModel shipped = ComplaintAnalyzer.loadDefault().model();
    assertThat(shipped.linear().binary()).isTrue();
    assertThat(shipped.linear().labels()).isEqualTo(ComplaintTraining.LABELS);
    assertThat(shipped.linear().properties()).containsKeys("features", "data", "cv");
    assertThat(shipped.trees().properties()).containsKeys("threshold", "stage2");
    assertThat(shipped.trees().size()).isEqualTo(100);
  }

  @Test
  void refusesModelsOfOtherFeatures() {
    LinearModel foreign =
        new LinearModel(
            FeatureConfig.WORDS.withBits(10),
            List.of("a", "b"),
            Map.of("features", "something-else"),
            true,
            new float[1 << 10],
            new float[1]);
    BoostedTrees trees = ComplaintAnalyzer.loadDefault().model().trees();
    assertThatThrownBy(() -> new ComplaintModel(foreign, trees))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ComplaintFeatures.RECIPE)
        .hasMessageContaining("something-else");
  }

  @Test
  void refusesASecondStageOfAnotherShape() {
    LinearModel first = ComplaintAnalyzer.loadDefault().model().linear();
    BoostedTrees narrow =
        TreeBoosting.fit(
            new double[][] {{0}, {1}, {2}, {3}},
            new boolean[] {false, false, true, true},
            new TreeBoosting.Options(2, 2, 1, 0.5, 1.0, 1),
            Map.of());
    assertThatThrownBy(() -> new ComplaintModel(first, narrow))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes 1 values");
  }
}
