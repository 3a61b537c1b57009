package org.brandpulse.nlp.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Boosted trees learn what a linear model cannot, deterministically, and their file round-trips.
 */
class TreeBoostingTest {
  private static final long SEED = 20261129;

  /** Rows of 3 uniform values in [-1, 1]; the label is the XOR of the signs of the first two. */
  private static double[][] rows(int n, SplittableRandom random) {
    double[][] x = new double[n][3];
    for (double[] row : x) {
      for (int k = 0; k < 3; k++) {
        row[k] = random.nextDouble() * 2 - 1;
      }
    }
    return x;
  }

  private static boolean[] xor(double[][] x) {
    boolean[] y = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = (x[i][0] > 0) != (x[i][1] > 0);
    }
    return y;
  }

  private static BoostedTrees train(double[][] x) {
    return TreeBoosting.fit(x, xor(x), TreeBoosting.Options.DEFAULT, Map.of("k", "v"));
  }

  @Test
  void learnsAnInteractionThatNoLinearModelCan() {
    System.out.println("TreeBoostingTest seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    BoostedTrees trees = train(rows(600, random));
    double[][] test = rows(400, random);
    boolean[] gold = xor(test);
    int right = 0;
    for (int i = 0; i < test.length; i++) {
      right += (trees.probability(test[i]) >= 0.5) == gold[i] ? 1 : 0;
    }
    assertThat(right / 400.0).isGreaterThan(0.9);
    assertThat(trees.size()).isEqualTo(100);
  }

  @Test
  void trainingIsDeterministicAndTheFileRoundTrips() throws IOException {
    double[][] x = rows(300, new SplittableRandom(SEED));
    byte[] first = bytes(train(x));
    assertThat(bytes(train(x))).isEqualTo(first);
    BoostedTrees read = BoostedTrees.read(new ByteArrayInputStream(first));
    assertThat(bytes(read)).isEqualTo(first);
    assertThat(read.properties()).containsEntry("k", "v");
    BoostedTrees original = train(x);
    for (double[] row : x) {
      assertThat(read.probability(row)).isEqualTo(original.probability(row));
    }
  }

  @Test
  void aMovedThresholdKeepsTheDecisionsAtHalf() {
    double[][] x = rows(300, new SplittableRandom(SEED + 1));
    BoostedTrees trees = train(x);
    BoostedTrees moved = trees.withThreshold(0.7, Map.of("threshold", "0.70"));
    for (double[] row : x) {
      double p = trees.probability(row);
      if (Math.abs(p - 0.7) > 1e-9) {
        assertThat(moved.probability(row) >= 0.5).isEqualTo(p >= 0.7);
      }
    }
    assertThat(moved.properties()).containsEntry("threshold", "0.70").containsEntry("k", "v");
  }

  @Test
  void aMalformedFileIsRefusedNamingTheLine() {
    String text = "brandpulse-boosted-trees 1\nfeatures 2\nbase 0.1\ntrees 1\ntree 1\nleaf x\n";
    assertThatThrownBy(
            () ->
                BoostedTrees.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 6")
        .hasMessageContaining("leaf x");
    String split =
        "brandpulse-boosted-trees 1\nfeatures 2\nbase 0\ntrees 1\ntree 1\nsplit 5 0 1 2\n";
    assertThatThrownBy(
            () ->
                BoostedTrees.read(new ByteArrayInputStream(split.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void refusesRowsItCannotLearnFrom() {
    TreeBoosting.Options o = TreeBoosting.Options.DEFAULT;
    assertThatThrownBy(
            () ->
                TreeBoosting.fit(
                    new double[][] {{1}, {2}}, new boolean[] {true, true}, o, Map.of()))
        .hasMessageContaining("both classes");
    assertThatThrownBy(
            () ->
                TreeBoosting.fit(
                    new double[][] {{1}, {Double.NaN}}, new boolean[] {true, false}, o, Map.of()))
        .hasMessageContaining("row 1 contains NaN");
    assertThatThrownBy(() -> new TreeBoosting.Options(10, 1, 5, 0.1, 1, 1))
        .hasMessageContaining("maxLeaves");
  }

  private static byte[] bytes(BoostedTrees t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      t.write(out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }
}
