package org.brandpulse.nlp.ml;

import java.util.Objects;

/**
 * An immutable sparse feature vector, the stored form of a training example. Build one with a
 * {@link FeatureVector} and {@link FeatureVector#toSparse()}.
 *
 * @param indices feature indices (may repeat), each at least zero
 * @param values the value at each index, same length
 */
public record SparseVector(int[] indices, float[] values) {
  public SparseVector {
    Objects.requireNonNull(indices, "indices");
    Objects.requireNonNull(values, "values");
    if (indices.length != values.length) {
      throw new IllegalArgumentException(
          "indices and values differ in length: " + indices.length + " vs " + values.length);
    }
  }

  /** Number of entries. */
  public int size() {
    return indices.length;
  }
}
