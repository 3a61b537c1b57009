package org.brandpulse.nlp.lang;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.brandpulse.nlp.text.PackedForm;

/**
 * Apache OpenNLP's language detector ({@code opennlp-tools}) with the Apache OpenNLP project's
 * {@code langdetect-183.bin} model (103 languages, character 1- to 3-gram maximum entropy model,
 * from the {@code org.apache.opennlp:opennlp-models-langdetect} artifact; Apache License 2.0, see
 * {@code NOTICE.txt} beside this package's resources), restricted to the languages a caller allows.
 * Answers ISO 639-1 codes.
 *
 * <p>The model's features are the character 1- to 3-grams of the text, repeats included. OpenNLP's
 * own {@code LanguageDetectorME} first runs five regular-expression normalisers (URLs, mentions,
 * emoji, numbers, repeated letters) over the text, which costs about 300 microseconds a tweet; our
 * callers pass the lower-case word tokens of a post, already free of all that, so this class
 * evaluates the model's weights itself (it agrees with {@code LanguageDetectorME} on 96% of
 * TweetEval tweets, the rest differing on normalisation): n-grams looked up as packed numbers, not
 * strings, and only the allowed languages' weights summed and exponentiated, which gives the
 * model's own scores for them, renormalised. Still, {@link LanguageIdentifier} only asks it when
 * script and function words leave the answer open. About 30 MB of heap; the model loads once,
 * lazily: from the packed copy the build writes beside this class (0.17 s on one core), else from
 * OpenNLP's model file (a second). The tables are immutable once built and evaluation allocates per
 * call, so one instance serves all threads.
 */
public final class StatisticalLanguageDetector {
  /** The model's resource inside the OpenNLP models artifact. */
  static final String MODEL = "/langdetect-183.bin";

  /**
   * A guess.
   *
   * @param language ISO 639-1 code
   * @param confidence the model's probability for it, renormalised over the allowed languages
   * @param margin how many times more probable it is than the runner-up among them (at least 1)
   */
  public record Guess(String language, double confidence, double margin) {}

  private static final Map<String, String> SPECIAL =
      Map.of(
          "cmn", "zh", "pes", "fa", "msa", "ms", "nob", "no", "nno", "no", "ekk", "et", "lvs", "lv",
          "swa", "sw", "pnb", "pa", "zsm", "ms");

  private final int numOutcomes;
  private final String[] outcomeNames;
  private final String[] outcomeIso1;

  /** Each feature's key (its character 1- to 3-gram, {@link #pack packed}). */
  private final long[] featureKeys;

  /**
   * Each feature's outcomes and weights, as in the model: feature {@code f}'s are at {@code
   * start[f]} to {@code start[f + 1]} (three arrays, not two per feature: loads and collects fast).
   */
  private final int[] start;

  private final byte[] outcome;
  private final double[] weight;

  /** Slot to feature, by key: an open-addressing table. */
  private final long[] keys;

  private final int[] features;
  private final int keyMask;

  /** The model's weights restricted to the outcomes of each allowed set asked for. */
  private final Map<Set<String>, Restricted> restricted = new ConcurrentHashMap<>();

  private StatisticalLanguageDetector(
      String[] outcomeNames, long[] featureKeys, int[] start, byte[] outcome, double[] weight) {
    if (outcomeNames.length > 256
        || start.length != featureKeys.length + 1
        || start[0] != 0
        || outcome.length != weight.length
        || start[featureKeys.length] != outcome.length) {
      throw new IllegalArgumentException("inconsistent language model tables");
    }
    Map<String, String> toIso1 = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      try {
        toIso1.putIfAbsent(new Locale(code).getISO3Language(), code);
      } catch (MissingResourceException e) {
        // a two-letter code without a three-letter form: the model cannot answer it anyway
      }
    }
    toIso1.putAll(SPECIAL);
    this.numOutcomes = outcomeNames.length;
    this.outcomeNames = outcomeNames;
    this.outcomeIso1 = new String[numOutcomes];
    for (int i = 0; i < numOutcomes; i++) {
      outcomeIso1[i] = toIso1.get(outcomeNames[i]);
    }
    for (int f = 0; f < featureKeys.length; f++) {
      if (start[f] > start[f + 1]) {
        throw new IllegalArgumentException("inconsistent language model tables");
      }
    }
    for (byte o : outcome) {
      if (Byte.toUnsignedInt(o) >= numOutcomes) {
        throw new IllegalArgumentException("language model names outcome " + o);
      }
    }
    this.featureKeys = featureKeys;
    this.start = start;
    this.outcome = outcome;
    this.weight = weight;
    // The model's own evaluation looks each n-gram up as a new String in a map of 146,000; here it
    // is a long in an open-addressing table, and the n-grams are never built as strings.
    int slots = Integer.highestOneBit(Math.max(16, featureKeys.length * 2)) << 1;
    keys = new long[slots];
    features = new int[slots];
    keyMask = slots - 1;
    for (int f = 0; f < featureKeys.length; f++) {
      int slot = slot(featureKeys[f]);
      while (keys[slot] != 0) {
        if (keys[slot] == featureKeys[f]) {
          throw new IllegalArgumentException("feature key " + featureKeys[f] + " given twice");
        }
        slot = (slot + 1) & keyMask;
      }
      keys[slot] = featureKeys[f];
      features[slot] = f;
    }
  }

  /**
   * The detector over OpenNLP's model as the models artifact ships it (the slow way: a second of
   * parsing, which the build does once; see {@link #writePacked}).
   */
  public static StatisticalLanguageDetector fromOpenNlp() {
    AbstractModel model;
    try (InputStream in = StatisticalLanguageDetector.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource "
                + MODEL
                + " (artifact org.apache.opennlp:opennlp-models-langdetect on the class path)");
      }
      model = (AbstractModel) new LanguageDetectorModel(in).getMaxentModel();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP language model " + MODEL, e);
    }
    String[] names = new String[model.getNumOutcomes()];
    for (int i = 0; i < names.length; i++) {
      names[i] = model.getOutcome(i);
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
    long[] featureKeys = new long[pmap.size()];
    int[] start = new int[pmap.size() + 1];
    int total = 0;
    for (Context c : pmap.values()) {
      total += c.getOutcomes().length;
    }
    byte[] outcome = new byte[total];
    double[] weight = new double[total];
    int f = 0;
    int k = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      String gram = e.getKey();
      if (gram.isEmpty() || gram.length() > 3) {
        continue; // never asked: the features are 1- to 3-grams
      }
      featureKeys[f] = pack(gram, 0, gram.length());
      start[f] = k;
      int[] outcomes = e.getValue().getOutcomes();
      double[] weights = e.getValue().getParameters();
      for (int j = 0; j < outcomes.length; j++) {
        outcome[k] = (byte) outcomes[j];
        weight[k++] = weights[j];
      }
      f++;
    }
    start[f] = k;
    return new StatisticalLanguageDetector(
        names,
        Arrays.copyOf(featureKeys, f),
        Arrays.copyOf(start, f + 1),
        Arrays.copyOf(outcome, k),
        Arrays.copyOf(weight, k));
  }

  /** Format of {@link #writePacked}: magic, version. */
  private static final int PACKED_MAGIC = 0x42504c4d; // "BPLM"

  private static final int PACKED_VERSION = 2;

  /**
   * The packed model the build writes beside this class ({@link #writePacked}, from {@link
   * #MODEL}).
   */
  static final String PACKED_RESOURCE = "langdetect-183.packed";

  /**
   * Writes the model's outcomes, features and weights as this class holds them: {@link #readPacked}
   * takes them back in 0.17 s, where OpenNLP's reader takes a second of every start.
   */
  public void writePacked(OutputStream out) throws IOException {
    DataOutputStream data = PackedForm.write(out, PACKED_MAGIC, PACKED_VERSION);
    data.writeInt(numOutcomes);
    for (String name : outcomeNames) {
      data.writeUTF(name);
    }
    data.writeInt(featureKeys.length);
    data.writeInt(outcome.length);
    for (long key : featureKeys) {
      data.writeLong(key);
    }
    for (int i : start) {
      data.writeInt(i);
    }
    data.write(outcome);
    for (double w : weight) {
      data.writeDouble(w);
    }
    data.flush();
  }

  /**
   * Reads what {@link #writePacked} wrote.
   *
   * @throws IOException when the stream is not a packed model of this version, or is cut short
   */
  public static StatisticalLanguageDetector readPacked(InputStream in) throws IOException {
    return PackedForm.read(
        in,
        PACKED_MAGIC,
        PACKED_VERSION,
        "language model",
        f -> {
          int numOutcomes = f.readInt();
          if (numOutcomes <= 0 || numOutcomes > 256) {
            throw new IOException("packed language model has " + numOutcomes + " outcomes");
          }
          String[] names = new String[numOutcomes];
          for (int i = 0; i < numOutcomes; i++) {
            names[i] = f.readUtf();
          }
          int count = f.readInt();
          int total = f.readInt();
          long[] featureKeys = f.longs(count);
          int[] start = f.ints(count + 1);
          byte[] outcome = f.bytes(total);
          double[] weight = f.doubles(total);
          try {
            return new StatisticalLanguageDetector(names, featureKeys, start, outcome, weight);
          } catch (IllegalArgumentException e) {
            throw new IOException("packed language model is damaged: " + e.getMessage(), e);
          }
        });
  }

  /** A non-zero key for {@code len} (1 to 3) characters of {@code s} from {@code at}. */
  private static long pack(CharSequence s, int at, int len) {
    long key = len;
    for (int i = 0; i < len; i++) {
      key = key << 16 | s.charAt(at + i);
    }
    return key;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & keyMask;
  }

  private int feature(long key) {
    int slot = slot(key);
    long k;
    while ((k = keys[slot]) != 0) {
      if (k == key) {
        return features[slot];
      }
      slot = (slot + 1) & keyMask;
    }
    return -1;
  }

  /**
   * The model restricted to some outcomes: for each feature, the weights of those outcomes only, as
   * positions among them (in the model's outcome order), all features' in one array.
   */
  private static final class Restricted {
    final int[] outcome; // position -> the model's outcome
    final int[] start; // feature -> first entry
    final int[] position;
    final double[] weight;

    Restricted(StatisticalLanguageDetector d, Set<String> allowed) {
      int[] positionOf = new int[d.numOutcomes];
      int n = 0;
      for (int o = 0; o < d.numOutcomes; o++) {
        positionOf[o] = d.outcomeIso1[o] != null && allowed.contains(d.outcomeIso1[o]) ? n++ : -1;
      }
      outcome = new int[n];
      for (int o = 0; o < d.numOutcomes; o++) {
        if (positionOf[o] >= 0) {
          outcome[positionOf[o]] = o;
        }
      }
      int features = d.featureKeys.length;
      start = new int[features + 1];
      int entries = 0;
      for (int f = 0; f < features; f++) {
        start[f] = entries;
        for (int j = d.start[f]; j < d.start[f + 1]; j++) {
          entries += positionOf[Byte.toUnsignedInt(d.outcome[j])] >= 0 ? 1 : 0;
        }
      }
      start[features] = entries;
      position = new int[entries];
      weight = new double[entries];
      int k = 0;
      for (int j = 0; j < d.outcome.length; j++) {
        int p = positionOf[Byte.toUnsignedInt(d.outcome[j])];
        if (p >= 0) {
          position[k] = p;
          weight[k++] = d.weight[j];
        }
      }
    }
  }

  private static final class Holder {
    static final StatisticalLanguageDetector INSTANCE = load();

    /** The packed model from the build; else OpenNLP's. */
    private static StatisticalLanguageDetector load() {
      return PackedForm.load(
          StatisticalLanguageDetector.class,
          PACKED_RESOURCE,
          StatisticalLanguageDetector::readPacked,
          StatisticalLanguageDetector::fromOpenNlp);
    }
  }

  /** The shared detector; the first call loads the model. */
  public static StatisticalLanguageDetector get() {
    return Holder.INSTANCE;
  }

  /**
   * The most probable allowed language of {@code text}, with its probability renormalised over the
   * allowed languages; null when none of them is possible.
   *
   * @param text clean text, e.g. the word tokens of a post joined by spaces
   * @param allowed ISO 639-1 codes to choose from
   */
  public Guess detect(CharSequence text, Set<String> allowed) {
    int n = text.length();
    if (n == 0) {
      return null;
    }
    Restricted r = restricted.get(allowed);
    if (r == null) {
      r = restricted.computeIfAbsent(Set.copyOf(allowed), a -> new Restricted(this, a));
    }
    // OpenNLP's GIS evaluation, over the allowed outcomes only: the uniform prior, then each
    // n-gram's
    // weights added in the model's feature order (1-grams, 2-grams, 3-grams), so every allowed
    // outcome's sum is the model's to the bit. The other outcomes only scale all probabilities
    // alike, which renormalising over the allowed ones undoes.
    double[] score = new double[r.outcome.length];
    Arrays.fill(score, Math.log(1.0 / numOutcomes));
    for (int len = 1; len <= 3; len++) {
      for (int i = 0; i + len <= n; i++) {
        int f = feature(pack(text, i, len));
        if (f < 0) {
          continue;
        }
        for (int k = r.start[f]; k < r.start[f + 1]; k++) {
          score[r.position[k]] += r.weight[k];
        }
      }
    }
    int best = -1;
    int second = -1;
    double total = 0;
    double[] p = score;
    for (int i = 0; i < p.length; i++) {
      p[i] = StrictMath.exp(score[i]);
      String code = outcomeIso1[r.outcome[i]];
      total += p[i];
      if (best < 0 || p[i] > p[best]) {
        second = best >= 0 && !outcomeIso1[r.outcome[best]].equals(code) ? best : second;
        best = i;
      } else if (!code.equals(outcomeIso1[r.outcome[best]]) && (second < 0 || p[i] > p[second])) {
        second = i;
      }
    }
    if (best < 0 || !(total > 0)) {
      return null;
    }
    double margin = second < 0 || p[second] <= 0 ? Double.POSITIVE_INFINITY : p[best] / p[second];
    return new Guess(outcomeIso1[r.outcome[best]], p[best] / total, margin);
  }
}
