package org.brandpulse.nlp.ml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A binary classifier made of boosted regression trees over a dense feature vector: margin {@code
 * F(x) = base + sum_t leaf_t(x)} (the shrinkage is already in the leaf values), probability {@code
 * 1 / (1 + exp(-2 F(x)))} (Friedman's two-class logistic loss with labels -1 and +1). A node sends
 * {@code x} to its left child when {@code x[feature] <= threshold}. Trained by {@link
 * TreeBoosting}; scoring walks a few flat arrays and allocates nothing. Immutable.
 *
 * <p>File format (UTF-8 text, one item per line): {@code brandpulse-boosted-trees 1}, {@code
 * features N}, {@code base F0}, any {@code property key=value}, {@code trees T}, then per tree
 * {@code tree NODES} followed by its nodes in index order, root first: {@code split FEATURE
 * THRESHOLD LEFT RIGHT} or {@code leaf VALUE}. Numbers are written so that they read back exactly.
 */
public final class BoostedTrees {
  static final String MAGIC = "brandpulse-boosted-trees 1";

  /**
   * One tree as parallel arrays: node {@code i} is a leaf when {@code feature[i] < 0}, else it
   * splits on {@code feature[i]} at {@code threshold[i]} into {@code left[i]} and {@code right[i]}.
   */
  record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    double leaf(double[] x) {
      int n = 0;
      while (feature[n] >= 0) {
        n = x[feature[n]] <= threshold[n] ? left[n] : right[n];
      }
      return value[n];
    }
  }

  private final int features;
  private final double base;
  private final List<Tree> trees;
  private final Map<String, String> properties;

  BoostedTrees(int features, double base, List<Tree> trees, Map<String, String> properties) {
    if (features < 1) {
      throw new IllegalArgumentException("features must be >= 1, was " + features);
    }
    this.features = features;
    this.base = base;
    this.trees = List.copyOf(trees);
    this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** Length of the input vectors. */
  public int features() {
    return features;
  }

  /** Number of trees. */
  public int size() {
    return trees.size();
  }

  /** Free-form properties saved with the model (training settings, figures). */
  public Map<String, String> properties() {
    return properties;
  }

  /** The margin {@code F(x)}; {@code x} has {@link #features()} values. */
  public double margin(double[] x) {
    if (x.length != features) {
      throw new IllegalArgumentException(
          "expected " + features + " feature values, got " + x.length);
    }
    double f = base;
    for (Tree t : trees) {
      f += t.leaf(x);
    }
    return f;
  }

  /** The probability of the positive class, {@code 1 / (1 + exp(-2 F(x)))}. */
  public double probability(double[] x) {
    return 1 / (1 + Math.exp(-2 * margin(x)));
  }

  /**
   * The same trees with the decision threshold moved: afterwards {@code probability(x) >= 0.5}
   * exactly where it used to be {@code >= threshold}.
   */
  public BoostedTrees withThreshold(double threshold, Map<String, String> extraProperties) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
    }
    Map<String, String> props = new LinkedHashMap<>(properties);
    props.putAll(extraProperties);
    double shift = 0.5 * Math.log(threshold / (1 - threshold));
    return new BoostedTrees(features, base - shift, trees, props);
  }

  /** Writes the model in the text format described above. */
  public void write(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(MAGIC + "\nfeatures " + features + "\nbase " + num(base) + "\n");
    for (Map.Entry<String, String> p : properties.entrySet()) {
      w.write("property " + p.getKey() + "=" + p.getValue().replace('\n', ' ') + "\n");
    }
    w.write("trees " + trees.size() + "\n");
    for (Tree t : trees) {
      w.write("tree " + t.feature().length + "\n");
      for (int i = 0; i < t.feature().length; i++) {
        w.write(
            t.feature()[i] < 0
                ? "leaf " + num(t.value()[i]) + "\n"
                : String.format(
                    Locale.ROOT,
                    "split %d %s %d %d%n",
                    t.feature()[i],
                    num(t.threshold()[i]),
                    t.left()[i],
                    t.right()[i]));
      }
    }
    w.flush();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException on a read error or a malformed file (the message names the line)
   */
  public static BoostedTrees read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Lines lines = new Lines(r);
    try {
      return read(lines);
    } catch (NumberFormatException e) {
      throw lines.error("a number (" + e.getMessage() + ")");
    }
  }

  private static BoostedTrees read(Lines lines) throws IOException {
    lines.expect(MAGIC);
    int features = Integer.parseInt(lines.field("features"));
    double base = Double.parseDouble(lines.field("base"));
    Map<String, String> props = new LinkedHashMap<>();
    String line = lines.next();
    while (line.startsWith("property ")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw lines.error("expected property key=value");
      }
      props.put(line.substring(9, eq), line.substring(eq + 1));
      line = lines.next();
    }
    int count = Integer.parseInt(lines.value(line, "trees"));
    List<Tree> trees = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      int nodes = Integer.parseInt(lines.field("tree"));
      Tree t =
          new Tree(
              new int[nodes], new double[nodes], new int[nodes], new int[nodes], new double[nodes]);
      for (int i = 0; i < nodes; i++) {
        String[] f = lines.next().split(" ");
        if (f[0].equals("leaf") && f.length == 2) {
          t.feature()[i] = -1;
          t.value()[i] = Double.parseDouble(f[1]);
        } else if (f[0].equals("split") && f.length == 5) {
          t.feature()[i] = Integer.parseInt(f[1]);
          t.threshold()[i] = Double.parseDouble(f[2]);
          t.left()[i] = Integer.parseInt(f[3]);
          t.right()[i] = Integer.parseInt(f[4]);
          if (t.feature()[i] >= features
              || t.left()[i] <= i
              || t.right()[i] <= i
              || t.left()[i] >= nodes
              || t.right()[i] >= nodes) {
            throw lines.error("split out of range");
          }
        } else {
          throw lines.error("expected 'leaf VALUE' or 'split FEATURE THRESHOLD LEFT RIGHT'");
        }
      }
      trees.add(t);
    }
    return new BoostedTrees(features, base, trees, props);
  }

  private static String num(double v) {
    return Double.toString(v);
  }

  /** Line reader that names the line in its errors. */
  private static final class Lines {
    private final BufferedReader reader;
    private int number;
    private String current = "";

    Lines(BufferedReader reader) {
      this.reader = reader;
    }

    String next() throws IOException {
      current = reader.readLine();
      number++;
      if (current == null) {
        throw new IOException("boosted trees: unexpected end of file at line " + number);
      }
      return current;
    }

    void expect(String text) throws IOException {
      if (!next().equals(text)) {
        throw error("expected '" + text + "'");
      }
    }

    String field(String name) throws IOException {
      return value(next(), name);
    }

    String value(String line, String name) throws IOException {
      if (!line.startsWith(name + " ")) {
        throw error("expected '" + name + " ...'");
      }
      return line.substring(name.length() + 1);
    }

    IOException error(String expected) {
      String clipped = current.length() > 60 ? current.substring(0, 60) + "..." : current;
      return new IOException(
          "boosted trees line " + number + ": " + expected + ", found '" + clipped + "'");
    }
  }
}
