package org.brandpulse.nlp.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Trains {@link BoostedTrees}: Friedman's two-class logistic gradient boosting (L2_TreeBoost,
 * "Greedy function approximation", 2001, algorithm 5) with stochastic row sampling (Friedman 2002).
 *
 * <p>With labels {@code y = ±1} and margin {@code F}, each round computes the pseudo-residuals
 * {@code r = 2y / (1 + exp(2yF))}, draws {@code subsample} of each class's rows without
 * replacement, grows a least-squares regression tree on the residuals of the drawn rows best-first
 * (always splitting the leaf whose split reduces the squared error most, up to {@code maxLeaves}
 * leaves, each child keeping at least {@code minLeaf} rows), sets each leaf to the Newton step
 * {@code sum r / sum |r|(2 - |r|)} over its rows times {@code shrinkage}, and adds the tree to
 * {@code F}. The start is {@code F0 = 0.5 log((1 + mean y) / (1 - mean y))}. Thresholds are
 * midpoints between adjacent distinct values. Single-threaded and deterministic for a seed.
 */
public final class TreeBoosting {
  private TreeBoosting() {}

  /**
   * Training settings.
   *
   * @param trees boosting rounds
   * @param maxLeaves leaves per tree (2 or more)
   * @param minLeaf rows a leaf keeps at least
   * @param shrinkage learning rate in (0, 1]
   * @param subsample share of each class's rows drawn per round, in (0, 1]
   * @param seed seed of the row sampling
   */
  public record Options(
      int trees, int maxLeaves, int minLeaf, double shrinkage, double subsample, long seed) {
    /** 100 trees of up to 8 leaves, leaves of at least 5 rows, shrinkage 0.05, 70 % rows. */
    public static final Options DEFAULT = new Options(100, 8, 5, 0.05, 0.7, 1);

    public Options {
      if (trees < 1 || maxLeaves < 2 || minLeaf < 1) {
        throw new IllegalArgumentException(
            "need trees >= 1, maxLeaves >= 2, minLeaf >= 1; were "
                + trees
                + ", "
                + maxLeaves
                + ", "
                + minLeaf);
      }
      if (!(shrinkage > 0 && shrinkage <= 1) || !(subsample > 0 && subsample <= 1)) {
        throw new IllegalArgumentException(
            "shrinkage and subsample must be in (0, 1], were " + shrinkage + ", " + subsample);
      }
    }
  }

  /**
   * Fits boosted trees to rows {@code x} (all of one length) with labels {@code y}.
   *
   * @throws IllegalArgumentException when the rows are empty or ragged, contain NaN, or one class
   *     is missing
   */
  public static BoostedTrees fit(
      double[][] x, boolean[] y, Options options, Map<String, String> properties) {
    int n = x.length;
    if (n == 0 || y.length != n) {
      throw new IllegalArgumentException("need as many labels as rows, at least one: " + n);
    }
    int d = x[0].length;
    int positives = 0;
    for (int i = 0; i < n; i++) {
      if (x[i].length != d) {
        throw new IllegalArgumentException(
            "row " + i + " has " + x[i].length + " values, not " + d);
      }
      for (double v : x[i]) {
        if (Double.isNaN(v)) {
          throw new IllegalArgumentException("row " + i + " contains NaN");
        }
      }
      positives += y[i] ? 1 : 0;
    }
    if (positives == 0 || positives == n) {
      throw new IllegalArgumentException("both classes are needed, positives: " + positives);
    }
    int[][] order = new int[d][];
    for (int j = 0; j < d; j++) {
      final int f = j;
      order[j] =
          IntStream.range(0, n)
              .boxed()
              .sorted(Comparator.comparingDouble(i -> x[i][f]))
              .mapToInt(Integer::intValue)
              .toArray();
    }
    double mean = (2.0 * positives - n) / n;
    double base = 0.5 * Math.log((1 + mean) / (1 - mean));
    double[] margin = new double[n];
    Arrays.fill(margin, base);
    double[] residual = new double[n];
    SplittableRandom random = new SplittableRandom(options.seed());
    List<BoostedTrees.Tree> trees = new ArrayList<>(options.trees());
    for (int t = 0; t < options.trees(); t++) {
      for (int i = 0; i < n; i++) {
        double s = y[i] ? 1 : -1;
        residual[i] = 2 * s / (1 + Math.exp(2 * s * margin[i]));
      }
      int[] nodeOf = sample(y, options.subsample(), random);
      BoostedTrees.Tree tree = new Grower(x, order, residual, nodeOf, options).grow();
      trees.add(tree);
      for (int i = 0; i < n; i++) {
        margin[i] += tree.leaf(x[i]);
      }
    }
    return new BoostedTrees(d, base, trees, properties);
  }

  /** 0 for each drawn row, -1 for the others: {@code share} of each class, without replacement. */
  private static int[] sample(boolean[] y, double share, SplittableRandom random) {
    int[] nodeOf = new int[y.length];
    Arrays.fill(nodeOf, -1);
    for (boolean cls : new boolean[] {false, true}) {
      int[] members = IntStream.range(0, y.length).filter(i -> y[i] == cls).toArray();
      for (int i = members.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int tmp = members[i];
        members[i] = members[j];
        members[j] = tmp;
      }
      int take = Math.max(1, (int) Math.round(share * members.length));
      for (int k = 0; k < take; k++) {
        nodeOf[members[k]] = 0;
      }
    }
    return nodeOf;
  }

  /** Grows one tree best-first over the rows whose {@code nodeOf} is 0. */
  private static final class Grower {
    private final double[][] x;
    private final int[][] order;
    private final double[] r;
    private final int[] nodeOf;
    private final Options options;
    private final List<Split> best = new ArrayList<>();
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private int nodes = 1;

    /** The best split of a leaf, or none when {@code feature < 0}. */
    private record Split(int feature, double threshold, double gain) {}

    Grower(double[][] x, int[][] order, double[] r, int[] nodeOf, Options options) {
      this.x = x;
      this.order = order;
      this.r = r;
      this.nodeOf = nodeOf;
      this.options = options;
      int max = 2 * options.maxLeaves() - 1;
      feature = new int[max];
      threshold = new double[max];
      left = new int[max];
      right = new int[max];
      Arrays.fill(feature, -1);
    }

    BoostedTrees.Tree grow() {
      best.add(bestSplit(0));
      for (int leaves = 1; leaves < options.maxLeaves(); leaves++) {
        int pick = -1;
        for (int k = 0; k < nodes; k++) {
          Split s = best.get(k);
          if (feature[k] < 0
              && s.feature() >= 0
              && (pick < 0 || s.gain() > best.get(pick).gain())) {
            pick = k;
          }
        }
        if (pick < 0) {
          break;
        }
        Split s = best.get(pick);
        feature[pick] = s.feature();
        threshold[pick] = s.threshold();
        left[pick] = nodes;
        right[pick] = nodes + 1;
        for (int i = 0; i < nodeOf.length; i++) {
          if (nodeOf[i] == pick) {
            nodeOf[i] = x[i][s.feature()] <= s.threshold() ? nodes : nodes + 1;
          }
        }
        nodes += 2;
        best.add(bestSplit(nodes - 2));
        best.add(bestSplit(nodes - 1));
      }
      double[] num = new double[nodes];
      double[] den = new double[nodes];
      for (int i = 0; i < nodeOf.length; i++) {
        if (nodeOf[i] >= 0) {
          double a = Math.abs(r[i]);
          num[nodeOf[i]] += r[i];
          den[nodeOf[i]] += a * (2 - a);
        }
      }
      double[] value = new double[nodes];
      for (int k = 0; k < nodes; k++) {
        if (feature[k] < 0 && den[k] > 1e-12) {
          value[k] = options.shrinkage() * num[k] / den[k];
        }
      }
      return new BoostedTrees.Tree(
          Arrays.copyOf(feature, nodes),
          Arrays.copyOf(threshold, nodes),
          Arrays.copyOf(left, nodes),
          Arrays.copyOf(right, nodes),
          value);
    }

    /** The split of node {@code k} with the largest drop in squared error, if any. */
    private Split bestSplit(int k) {
      int count = 0;
      double sum = 0;
      for (int i = 0; i < nodeOf.length; i++) {
        if (nodeOf[i] == k) {
          count++;
          sum += r[i];
        }
      }
      int min = options.minLeaf();
      Split none = new Split(-1, 0, 0);
      if (count < 2 * min) {
        return none;
      }
      Split found = none;
      double parent = sum * sum / count;
      for (int j = 0; j < order.length; j++) {
        int[] o = order[j];
        int seen = 0;
        double leftSum = 0;
        int prev = -1;
        for (int row : o) {
          if (nodeOf[row] != k) {
            continue;
          }
          if (prev >= 0 && seen >= min && count - seen >= min && x[prev][j] < x[row][j]) {
            double rightSum = sum - leftSum;
            double gain = leftSum * leftSum / seen + rightSum * rightSum / (count - seen) - parent;
            if (gain > found.gain() + 1e-12) {
              double mid = (x[prev][j] + x[row][j]) / 2;
              found = new Split(j, mid < x[row][j] ? mid : x[prev][j], gain);
            }
          }
          seen++;
          leftSum += r[row];
          prev = row;
        }
      }
      return found;
    }
  }
}
