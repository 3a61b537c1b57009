package org.brandpulse.nlp.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.brandpulse.nlp.ml.BoostedTrees;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.ml.SparseVector;

/**
 * The trained complaint model, two stages stacked (Wolpert 1992):
 *
 * <ol>
 *   <li>{@link #linear()}: naive-Bayes-scaled logistic regression over all of {@link
 *       ComplaintFeatures} (n-grams, cues, word-vector direction); its margin {@code z};
 *   <li>{@link #trees()}: boosted trees over {@code [z, dense cues and word-vector direction]}
 *       ({@link ComplaintFeatures.Buffers#dense()}), trained on out-of-fold margins of the first
 *       stage so that they learn where its confidence deserves trust (a negative airline tweet that
 *       names no product, a food tweet whose wording is new to it), with the decision threshold
 *       folded in: {@code probability >= 0.5} means complaint.
 * </ol>
 *
 * Files: {@value #LINEAR_FILE} ({@link LinearModel#write}) and {@value #TREES_FILE} ({@link
 * BoostedTrees#write}). Immutable and thread-safe.
 */
public final class ComplaintModel {
  /** File name of the first stage. */
  public static final String LINEAR_FILE = "complaint.model";

  /** File name of the second stage. */
  public static final String TREES_FILE = "complaint.trees";

  private final LinearModel linear;
  private final BoostedTrees trees;

  /**
   * Both stages.
   *
   * @throws IllegalArgumentException when the first stage is not a binary model of recipe {@value
   *     ComplaintFeatures#RECIPE} or the second does not take its margin and the dense cues
   */
  public ComplaintModel(LinearModel linear, BoostedTrees trees) {
    this.linear = Objects.requireNonNull(linear, "linear");
    this.trees = Objects.requireNonNull(trees, "trees");
    String recipe = linear.properties().get("features");
    if (!linear.binary()
        || !ComplaintFeatures.RECIPE.equals(recipe)
        || !ComplaintFeatures.WORDS.equals(linear.config())) {
      throw new IllegalArgumentException(
          "not a complaint model of recipe "
              + ComplaintFeatures.RECIPE
              + ": binary="
              + linear.binary()
              + ", features="
              + recipe
              + ", config="
              + linear.config());
    }
    int expected = 1 + SHAPE.denseSize();
    if (trees.features() != expected) {
      throw new IllegalArgumentException(
          "the second stage takes "
              + trees.features()
              + " values; recipe "
              + ComplaintFeatures.RECIPE
              + " gives "
              + expected);
    }
  }

  private static final ComplaintFeatures SHAPE = new ComplaintFeatures();

  /** The first stage. */
  public LinearModel linear() {
    return linear;
  }

  /** The second stage. */
  public BoostedTrees trees() {
    return trees;
  }

  /**
   * The complaint probability of features {@code x} with dense values {@code dense}.
   *
   * @param input scratch of {@code 1 + dense.length} values, overwritten
   */
  public double probability(FeatureVector x, double[] dense, double[] input) {
    linear.scores(x, input);
    return second(input[1], dense, input);
  }

  /** As {@link #probability(FeatureVector, double[], double[])} for a stored vector. */
  public double probability(SparseVector x, double[] dense, double[] input) {
    linear.scores(x, input);
    return second(input[1], dense, input);
  }

  private double second(double margin, double[] dense, double[] input) {
    input[0] = margin;
    System.arraycopy(dense, 0, input, 1, dense.length);
    return trees.probability(input);
  }

  /** Writes the first stage to {@code linearOut} and the second to {@code treesOut}. */
  public void write(OutputStream linearOut, OutputStream treesOut) throws IOException {
    linear.write(linearOut);
    trees.write(treesOut);
  }

  /**
   * Reads both stages.
   *
   * @throws IOException on a read error or a malformed file
   * @throws IllegalArgumentException when the files are not a complaint model of this recipe
   */
  public static ComplaintModel read(InputStream linearIn, InputStream treesIn) throws IOException {
    return new ComplaintModel(LinearModel.read(linearIn), BoostedTrees.read(treesIn));
  }
}
