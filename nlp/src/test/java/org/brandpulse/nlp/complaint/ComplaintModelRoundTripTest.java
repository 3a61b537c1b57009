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
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.ml.TrainingSet;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Training is deterministic, the file round-trips, and foreign models are refused. */
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

  private static byte[] trainTiny() throws IOException {
    List<LabeledComplaint> data = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      for (String c : COMPLAINTS) {
        data.add(new LabeledComplaint("c" + data.size(), c, true, "fixture"));
      }
      for (String o : OTHERS) {
        data.add(new LabeledComplaint("o" + data.size(), o, false, "fixture"));
      }
    }
    TrainingSet set = ComplaintTraining.examples(data);
    LinearModel m = ComplaintTraining.train(set, ComplaintTraining.Options.DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void trainingTwiceGivesTheSameBytesAndTheFileRoundTrips() throws IOException {
    byte[] first = trainTiny();
    assertThat(trainTiny()).isEqualTo(first);
    ComplaintAnalyzer read = ComplaintAnalyzer.read(new ByteArrayInputStream(first));
    double p = read.probability(Tokenizer.tokenize("@AcmeHelp my order never arrived"));
    assertThat(p).isGreaterThan(0.5);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    read.model().write(again);
    assertThat(again.toByteArray()).isEqualTo(first);
    assertThat(read.model().properties())
        .containsEntry("features", ComplaintFeatures.RECIPE)
        .containsKey("threshold");
  }

  @Test
  void shippedModelCarriesItsRecipeAndFigures() {
    LinearModel shipped = ComplaintAnalyzer.loadDefault().model();
    assertThat(shipped.binary()).isTrue();
    assertThat(shipped.labels()).isEqualTo(ComplaintTraining.LABELS);
    assertThat(shipped.properties()).containsKeys("features", "threshold", "data", "cv");
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
    assertThatThrownBy(() -> new ComplaintAnalyzer(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ComplaintFeatures.RECIPE)
        .hasMessageContaining("something-else");
  }
}
