package org.brandpulse.nlp.complaint;

import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.text.Resources;
import org.brandpulse.nlp.text.Tokenizer;
import org.brandpulse.nlp.text.WordVectors;

/**
 * A complaint's category by meaning, for complaints that name none of the cue phrases: each
 * category is the weighted direction of its English cue phrases ({@code complaint-cues.txt} and
 * {@code triage-cues.txt}) in CoreNLP's word vectors, and a text goes to the category whose
 * direction is closest to its own when that closeness is at least {@link #MIN_SIMILARITY}. "my
 * headphones' buttons don't pause my music" names no cue but sits near "not working", "broken" and
 * "crash". Immutable; {@link #get()} builds once (about 400 phrases, a few milliseconds).
 */
final class CategoryVectors {
  /**
   * Cosine similarity (both centred) a text's direction needs to its category's; chosen on the
   * support-replies dev split (issue 16): 0.6 / 0.55 / 0.5 / 0.45 left OTHER at 28.7 / 26.4 / 23.0
   * / 20.2 % of complaints and category accuracy at 0.679 / 0.667 / 0.648 / 0.630 (0.685 without
   * it); 0.5 is the highest that brings OTHER under the quarter.
   */
  static final double MIN_SIMILARITY = 0.5;

  private final double[][] centroids = new double[ComplaintCategory.values().length][];
  private final int dimension;

  private CategoryVectors(WordVectors vectors) {
    dimension = vectors.dimension();
    for (ComplaintCategory c : ComplaintCategory.values()) {
      centroids[c.ordinal()] = new double[dimension];
    }
    add(vectors, "complaint-cues.txt");
    add(vectors, "triage-cues.txt");
    for (ComplaintCategory c : List.of(ComplaintCategory.NONE, ComplaintCategory.OTHER)) {
      java.util.Arrays.fill(centroids[c.ordinal()], 0);
    }
    for (double[] v : centroids) {
      normalise(v);
    }
    // Every mean of word vectors leans the same common way: centre on the categories' mean so
    // that closeness measures what sets one category apart, not what all text shares.
    center = new double[dimension];
    int n = 0;
    for (ComplaintCategory c : ComplaintCategory.values()) {
      if (c != ComplaintCategory.NONE && c != ComplaintCategory.OTHER) {
        n++;
        for (int k = 0; k < dimension; k++) {
          center[k] += centroids[c.ordinal()][k];
        }
      }
    }
    for (ComplaintCategory c : ComplaintCategory.values()) {
      double[] v = centroids[c.ordinal()];
      if (c != ComplaintCategory.NONE && c != ComplaintCategory.OTHER) {
        for (int k = 0; k < dimension; k++) {
          v[k] -= center[k] / n;
        }
        normalise(v);
      }
    }
    for (int k = 0; k < dimension; k++) {
      center[k] /= n;
    }
  }

  private final double[] center;

  private void add(WordVectors vectors, String file) {
    double[] phrase = new double[dimension];
    for (String line : Resources.lines(CategoryVectors.class, file, true)) {
      String[] parts = line.split("\\s+", 3);
      ComplaintCategory category = categoryOf(parts[0]);
      if (category == null || parts.length < 3) {
        continue;
      }
      if (vectors.meanDirection(Tokenizer.tokenize(parts[2]), phrase) == 0) {
        continue; // no English word with a vector: Bengali phrases, "$"
      }
      double weight = Double.parseDouble(parts[1]);
      double[] sum = centroids[category.ordinal()];
      for (int k = 0; k < dimension; k++) {
        sum[k] += weight * phrase[k];
      }
    }
  }

  private static ComplaintCategory categoryOf(String group) {
    for (ComplaintCategory c : ComplaintCategory.values()) {
      if (c.name().equals(group)) {
        return c;
      }
    }
    return null;
  }

  private static void normalise(double[] v) {
    double n = 0;
    for (double x : v) {
      n += x * x;
    }
    if (n > 0) {
      n = Math.sqrt(n);
      for (int k = 0; k < v.length; k++) {
        v[k] /= n;
      }
    }
  }

  private static final class Holder {
    static final CategoryVectors INSTANCE = new CategoryVectors(WordVectors.english());
  }

  static CategoryVectors get() {
    return Holder.INSTANCE;
  }

  /**
   * The category whose direction is closest to the text's unit direction, or {@link
   * ComplaintCategory#OTHER} when none is at least {@link #MIN_SIMILARITY} close (or the text has
   * no word with a vector).
   */
  ComplaintCategory nearest(double[] direction) {
    ComplaintCategory best = ComplaintCategory.OTHER;
    double bestSimilarity = MIN_SIMILARITY;
    if (direction == null || direction.length != dimension) {
      return best;
    }
    double norm = 0;
    for (int k = 0; k < dimension; k++) {
      double x = direction[k] - center[k];
      norm += x * x;
    }
    if (norm == 0) {
      return best;
    }
    norm = Math.sqrt(norm);
    for (ComplaintCategory c : ComplaintCategory.values()) {
      double[] v = centroids[c.ordinal()];
      double s = 0;
      for (int k = 0; k < dimension; k++) {
        s += v[k] * (direction[k] - center[k]);
      }
      s /= norm;
      if (s >= bestSimilarity) {
        best = c;
        bestSimilarity = s;
      }
    }
    return best;
  }
}
