package org.brandpulse.nlp.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.brandpulse.nlp.ml.StratifiedKFold;

/** Stratified splits of labelled items, deterministic for a seed. */
public final class DataSplits {
  private DataSplits() {}

  /**
   * One fold's items.
   *
   * @param train items to train on
   * @param test held-out items
   */
  public record Split<T>(List<T> train, List<T> test) {
    public Split {
      train = List.copyOf(train);
      test = List.copyOf(test);
    }
  }

  /**
   * k stratified folds (each class dealt evenly across folds; see {@link StratifiedKFold}): every
   * item is in exactly one fold's {@code test}.
   *
   * @param items the data
   * @param classOf the stratification key of an item (its label)
   * @param k number of folds, 2 to {@code items.size()}
   * @param seed shuffle seed
   */
  public static <T> List<Split<T>> stratifiedKFold(
      List<T> items, Function<? super T, ?> classOf, int k, long seed) {
    Map<Object, Integer> ids = new HashMap<>();
    int[] classes = new int[items.size()];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = ids.computeIfAbsent(classOf.apply(items.get(i)), key -> ids.size());
    }
    List<Split<T>> out = new ArrayList<>(k);
    for (StratifiedKFold.Fold fold : StratifiedKFold.folds(classes, k, seed)) {
      out.add(new Split<>(pick(items, fold.train()), pick(items, fold.test())));
    }
    return out;
  }

  /**
   * One stratified train/test split holding out about {@code 1/k} of each class (the first of the k
   * folds).
   */
  public static <T> Split<T> stratifiedHoldOut(
      List<T> items, Function<? super T, ?> classOf, int k, long seed) {
    return stratifiedKFold(items, classOf, k, seed).get(0);
  }

  private static <T> List<T> pick(List<T> items, int[] positions) {
    List<T> out = new ArrayList<>(positions.length);
    for (int p : positions) {
      out.add(items.get(p));
    }
    return out;
  }
}
