package org.brandpulse.nlp.ml;

import java.util.Arrays;

/**
 * A growable sparse vector of (index, value) pairs meant to be reused: {@link #clear()} and fill it
 * again for the next text, so that hashing and prediction allocate nothing once it has grown.
 * Indices may repeat (values then add up in dot products); {@link #normalize(int)} merges repeats
 * in the range it scales. Not thread-safe: keep one per thread.
 */
public final class FeatureVector {
  private int[] indices;
  private float[] values;
  private int[] slots = new int[0];
  private int size;

  /** An empty vector with room for 64 entries. */
  public FeatureVector() {
    this(64);
  }

  /** An empty vector with room for {@code capacity} entries before it grows. */
  public FeatureVector(int capacity) {
    indices = new int[Math.max(4, capacity)];
    values = new float[indices.length];
  }

  /** Removes all entries, keeping the arrays. */
  public void clear() {
    size = 0;
  }

  /** Appends an entry; zero values are kept out. */
  public void add(int index, float value) {
    if (index < 0) {
      throw new IllegalArgumentException("feature index must be >= 0, was " + index);
    }
    if (value == 0f) {
      return;
    }
    if (size == indices.length) {
      indices = Arrays.copyOf(indices, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    indices[size] = index;
    values[size] = value;
    size++;
  }

  /** Number of entries (repeats counted). */
  public int size() {
    return size;
  }

  /** The index of entry {@code i}. */
  public int index(int i) {
    return indices[i];
  }

  /** The value of entry {@code i}. */
  public float value(int i) {
    return values[i];
  }

  int[] indexArray() {
    return indices;
  }

  float[] valueArray() {
    return values;
  }

  /**
   * Merges repeated indices among entries {@code from..size()-1} (keeping the order of first
   * occurrence, dropping sums of zero) and scales them to unit Euclidean length; entries before
   * {@code from} are untouched. Lets a caller normalise the n-gram block and then append dense
   * features at their own scale. Linear time: repeats are found with an open-addressing table.
   */
  public void normalize(int from) {
    int n = size - from;
    if (n <= 0) {
      return;
    }
    int capacity = Integer.highestOneBit(Math.max(8, n * 2) - 1) << 1;
    if (slots.length < capacity) {
      slots = new int[capacity];
    } else {
      Arrays.fill(slots, 0, capacity, 0);
    }
    int mask = capacity - 1;
    int out = from;
    for (int i = from; i < size; i++) {
      int index = indices[i];
      int h = index * 0x9E3779B1;
      int slot = (h ^ (h >>> 16)) & mask;
      while (slots[slot] != 0 && indices[slots[slot] - 1] != index) {
        slot = (slot + 1) & mask;
      }
      if (slots[slot] == 0) {
        indices[out] = index;
        values[out] = values[i];
        slots[slot] = ++out;
      } else {
        values[slots[slot] - 1] += values[i];
      }
    }
    size = from;
    double sumSquares = 0;
    for (int i = from; i < out; i++) {
      float v = values[i];
      if (v != 0f) {
        indices[size] = indices[i];
        values[size] = v;
        sumSquares += (double) v * v;
        size++;
      }
    }
    if (sumSquares > 0) {
      float scale = (float) (1.0 / Math.sqrt(sumSquares));
      for (int i = from; i < size; i++) {
        values[i] *= scale;
      }
    }
  }

  /** Merges repeats and scales the whole vector to unit length. */
  public void normalize() {
    normalize(0);
  }

  /** An immutable copy for training sets. */
  public SparseVector toSparse() {
    return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
  }
}
