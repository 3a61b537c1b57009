package org.brandpulse.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.eval.EvalData;
import org.brandpulse.nlp.eval.LabeledText;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.ml.LogisticRegression;
import org.brandpulse.nlp.ml.TrainerOptions;
import org.brandpulse.nlp.ml.TrainingSet;
import org.brandpulse.nlp.sentiment.EnglishSentimentFeatures;
import org.junit.jupiter.api.Test;

class TrainEnglishSentimentTest {
  @Test
  void leakKeyMatchesTheTwoPackagingsOfATweet() {
    assertThat(TrainEnglishSentiment.leakKey("\"Don\\u2019t stop @bob http://t.co/x &gt; now\" "))
        .isEqualTo(TrainEnglishSentiment.leakKey("Don’t stop @user > now"))
        .isEqualTo("dontstopnow");
    assertThat(TrainEnglishSentiment.leakKey("ভালো, পণ্য!")).isEqualTo("ভালোপণ্য");
  }

  @Test
  void removesTrainingTweetsThatAreValidationTweets() {
    List<LabeledText> train =
        List.of(
            new LabeledText(SentimentLabel.POSITIVE, "Great day  @user"),
            new LabeledText(SentimentLabel.NEGATIVE, "bad day 😡"));
    List<LabeledText> val = List.of(new LabeledText(SentimentLabel.POSITIVE, "great day @sam"));
    assertThat(TrainEnglishSentiment.withoutTexts(train, val)).containsExactly(train.get(1));
  }

  @Test
  void trainingOnASliceIsDeterministic() throws IOException {
    Path file =
        Path.of(System.getProperty("brandpulse.shared.data", "../../shared/data"))
            .resolve("sentiment/tweeteval-val.tsv");
    assumeTrue(Files.isRegularFile(file), "shared data absent: " + file);
    List<LabeledText> slice = EvalData.readSentimentTsv(file).subList(0, 300);
    EnglishSentimentFeatures features = new EnglishSentimentFeatures();
    TrainingSet a = TrainEnglishSentiment.featurize(slice, features);
    TrainingSet b = TrainEnglishSentiment.featurize(slice, features);
    TrainerOptions o =
        TrainerOptions.DEFAULTS.withEpochs(3).withClassWeights(a.balancedClassWeights());
    LinearModel m1 = LogisticRegression.multinomial(a, o);
    LinearModel m2 = LogisticRegression.multinomial(b, o);
    double[] p1 = new double[3];
    double[] p2 = new double[3];
    for (int i = 0; i < a.size(); i++) {
      m1.probabilities(a.vectors().get(i), p1);
      m2.probabilities(b.vectors().get(i), p2);
      assertThat(p2).containsExactly(p1);
    }
  }
}
