package org.brandpulse.nlp.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits examples into k folds that keep each class's share: the examples of every class are
 * shuffled from the seed and dealt round-robin into the folds, so fold sizes differ by at most one
 * per class. Deterministic for a seed.
 */
public final class StratifiedKFold {
  private StratifiedKFold() {}

  /**
   * One train/test split: positions into the original example list, ascending.
   *
   * @param train positions to train on
   * @param test positions to score
   */
  public record Fold(int[] train, int[] test) {
    public Fold {
      train = train.clone();
      test = test.clone();
    }
  }

  /**
   * The k folds of examples with the given class indices (any non-negative ints).
   *
   * @throws IllegalArgumentException when k is below 2 or above the number of examples
   */
  public static List<Fold> folds(int[] classes, int k, long seed) {
    if (k < 2 || k > classes.length) {
      throw new IllegalArgumentException(
          "k must be in [2, " + classes.length + "] for " + classes.length + " examples, was " + k);
    }
    int maxClass = Arrays.stream(classes).max().orElse(0);
    int[] foldOf = new int[classes.length];
    SplittableRandom random = new SplittableRandom(seed);
    int next = 0;
    for (int c = 0; c <= maxClass; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < classes.length; i++) {
        if (classes[i] == c) {
          members.add(i);
        }
      }
      for (int i = members.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Integer t = members.get(i);
        members.set(i, members.get(j));
        members.set(j, t);
      }
      for (int m : members) {
        foldOf[m] = next;
        next = (next + 1) % k;
      }
    }
    List<Fold> folds = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      final int fold = f;
      int[] test =
          java.util.stream.IntStream.range(0, classes.length)
              .filter(i -> foldOf[i] == fold)
              .toArray();
      int[] train =
          java.util.stream.IntStream.range(0, classes.length)
              .filter(i -> foldOf[i] != fold)
              .toArray();
      folds.add(new Fold(train, test));
    }
    return folds;
  }
}
