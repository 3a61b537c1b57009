package org.brandpulse.nlp.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.FeatureHasher;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.sentiment.VaderLexicon;
import org.brandpulse.nlp.sentiment.VaderScores;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.WordVectors;

/**
 * Recipe {@value #RECIPE}: what the complaint model sees of a text. Three blocks share one hashed
 * space of 2^{@value #BITS} slots:
 *
 * <ol>
 *   <li>word unigrams and bigrams of the normalised tokens, scaled to unit length. Normalising:
 *       leading mentions collapse into the start marker {@code <s@>} (else {@code <s>}), other
 *       mentions become {@code @u}, URLs {@code <url>}, numbers {@code <num>}, hashtags keep their
 *       {@code #}, words are lower case, punctuation stays, repeated {@code ? ! @u <url>} count
 *       once, and {@code </s>} ends the text;
 *   <li>dense cues at their own scale: the VADER lexicon's valences (the normalised sum of the
 *       words' valences, of the negative ones, and whether the sum is clearly negative or
 *       positive), the tier's sentiment (its score and whether it is labelled negative or positive;
 *       for English the trained {@code EnglishSentiment}, which learnt from 47,000 tweets what
 *       2,800 complaint tweets cannot teach), the cue lexicon's weight per category and signal
 *       (capped at 4, halved), question marks, exclamation marks, shouted words, mentions, links, a
 *       leading mention, a mentioned customer-care handle ({@code ...help}, {@code ...support},
 *       {@code ...care}, {@code ask...}) and the length;
 *   <li>the unit-length direction of the text's pre-trained word vectors ({@link
 *       WordVectors#meanDirection}, stop words left out), one slot per dimension: words the
 *       labelled tweets never contained still count by their neighbours (recipe 2 had character 3-
 *       and 4-grams for that; beside the vectors they no longer moved the score and cost about 150
 *       hashed features per post).
 * </ol>
 *
 * The dense blocks (2 and 3) are also kept, in a fixed order, in {@link Buffers#dense()}: the
 * second stage of the model ({@link ComplaintModel}) reads them beside the first stage's margin.
 * Thread-safe; the per-thread buffers live in {@link Buffers}.
 */
public final class ComplaintFeatures {
  /** Name of this recipe, saved in the model file and checked when loading. */
  public static final String RECIPE = "complaint-features-3";

  /** log2 of the feature space size. */
  public static final int BITS = 18;

  /** Hashing of the word block; the model file carries it. */
  public static final FeatureConfig WORDS = new FeatureConfig(BITS, true, true, 0, 0, true, 17);

  private final VaderLexicon lexicon = VaderLexicon.get();
  private final WordVectors vectors;
  private final int[] vectorSlots;
  private final int[] denseSlots;
  private final FeatureHasher words = new FeatureHasher(WORDS);
  private final int[] categorySlots = slots("cat:", ComplaintCategory.values());
  private final int[] signalSlots = slots("sig:", ComplaintCues.Signal.values());
  private final int compound = words.namedIndex("d:compound");
  private final int negativity = words.namedIndex("d:negc");
  private final int negativeLabel = words.namedIndex("d:isneg");
  private final int positiveLabel = words.namedIndex("d:ispos");
  private final int strongestCue = words.namedIndex("catmax");
  private final int questionMarks = words.namedIndex("d:q");
  private final int exclamationMarks = words.namedIndex("d:ex");
  private final int shouting = words.namedIndex("d:caps");
  private final int mentionCount = words.namedIndex("d:ment");
  private final int link = words.namedIndex("d:url");
  private final int leading = words.namedIndex("d:lead@");
  private final int length = words.namedIndex("d:len");
  private final int care = words.namedIndex("d:supp");
  private final int sentimentScore = words.namedIndex("s:score");
  private final int sentimentNegative = words.namedIndex("s:neg");
  private final int sentimentPositive = words.namedIndex("s:pos");

  /** Features over CoreNLP's English word vectors ({@link WordVectors#english()}). */
  public ComplaintFeatures() {
    this(WordVectors.english());
  }

  /** Features over the given word vectors. */
  public ComplaintFeatures(WordVectors vectors) {
    this.vectors = vectors;
    this.vectorSlots = new int[vectors.dimension()];
    for (int k = 0; k < vectorSlots.length; k++) {
      vectorSlots[k] = words.namedIndex("v:" + k);
    }
    this.denseSlots = collectDenseSlots();
  }

  /** Reusable per-thread buffers. */
  public static final class Buffers {
    final FeatureVector vector = new FeatureVector(512);
    final List<String> words = new ArrayList<>(64);
    double[] direction = new double[0];
    double[] dense = new double[0];
    int denseSize;

    /** The features of the last {@link ComplaintFeatures#extract} call. */
    public FeatureVector vector() {
      return vector;
    }

    /**
     * The dense cues and the word-vector direction of the last {@link ComplaintFeatures#extract}
     * call, {@link ComplaintFeatures#denseSize()} values in a fixed order; shared, overwritten by
     * the next call.
     */
    public double[] dense() {
      return dense;
    }
  }

  /** How many values {@link Buffers#dense()} holds. */
  public int denseSize() {
    return denseSlots.length;
  }

  private void dense(FeatureVector out, Buffers b, int slot, float value) {
    out.add(slot, value);
    b.dense[b.denseSize++] = value;
  }

  /**
   * Fills {@code buffers.vector()} with the features of a text; returns that vector.
   *
   * @param tokens the text's tokens
   * @param cues the cue lexicon's scores of those tokens
   * @param sentiment the text's sentiment from the tier's sentiment stage
   * @param buffers this thread's buffers
   */
  public FeatureVector extract(
      List<Token> tokens, ComplaintCues.Scores cues, Sentiment sentiment, Buffers buffers) {
    FeatureVector out = buffers.vector;
    out.clear();
    List<String> ws = buffers.words;
    ws.clear();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.MENTION) {
      i++;
    }
    boolean leadingMention = i > 0;
    ws.add(leadingMention ? "<s@>" : "<s>");
    int questions = 0;
    int exclamations = 0;
    int shouted = 0;
    int mentions = i;
    int links = 0;
    int wordCount = 0;
    double negative = 0;
    double positive = 0;
    boolean careHandle = false;
    for (int k = 0; k < i; k++) {
      careHandle |= isCareHandle(tokens.get(k).lower());
    }
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w;
      switch (t.kind()) {
        case MENTION -> {
          mentions++;
          careHandle |= isCareHandle(t.lower());
          w = "@u";
        }
        case URL -> {
          links++;
          w = "<url>";
        }
        case NUMBER -> w = "<num>";
        case HASHTAG -> {
          w = t.key();
        }
        case PUNCT -> {
          w = t.text();
          questions += w.equals("?") ? 1 : 0;
          exclamations += w.equals("!") ? 1 : 0;
        }
        case WORD -> {
          w = t.lower();
          Double valence = lexicon.valence(w);
          if (valence != null) {
            negative += Math.min(valence, 0);
            positive += Math.max(valence, 0);
          }
          wordCount++;
          shouted += isShouted(t) ? 1 : 0;
        }
        default -> w = t.lower();
      }
      if (isCollapsible(w) && w.equals(ws.get(ws.size() - 1))) {
        continue;
      }
      ws.add(w);
    }
    ws.add("</s>");
    words.addTokens(ws, out);
    out.normalize(0);
    if (buffers.dense.length != denseSlots.length) {
      buffers.dense = new double[denseSlots.length];
      buffers.direction = new double[vectors.dimension()];
    }
    buffers.denseSize = 0;
    double score = VaderScores.normalize(positive + negative);
    dense(out, buffers, compound, (float) score);
    dense(out, buffers, negativity, (float) VaderScores.normalize(-negative));
    dense(out, buffers, negativeLabel, score <= -0.05 ? 1f : 0f);
    dense(out, buffers, positiveLabel, score >= 0.05 ? 1f : 0f);
    dense(out, buffers, sentimentScore, (float) sentiment.score());
    dense(out, buffers, sentimentNegative, sentiment.label() == SentimentLabel.NEGATIVE ? 1f : 0f);
    dense(out, buffers, sentimentPositive, sentiment.label() == SentimentLabel.POSITIVE ? 1f : 0f);
    double strongest = 0;
    for (ComplaintCategory category : ComplaintCategory.values()) {
      double v = cues.of(category);
      dense(out, buffers, categorySlots[category.ordinal()], cue(v));
      strongest = Math.max(strongest, v);
    }
    dense(out, buffers, strongestCue, cue(strongest));
    for (ComplaintCues.Signal signal : ComplaintCues.Signal.values()) {
      dense(out, buffers, signalSlots[signal.ordinal()], cue(cues.of(signal)));
    }
    dense(out, buffers, questionMarks, Math.min(questions, 2) / 2f);
    dense(out, buffers, exclamationMarks, Math.min(exclamations, 3) / 3f);
    dense(out, buffers, shouting, Math.min(shouted, 3) / 3f);
    dense(out, buffers, mentionCount, Math.min(mentions, 3) / 3f);
    dense(out, buffers, link, Math.min(links, 1));
    dense(out, buffers, leading, leadingMention ? 1f : 0f);
    dense(out, buffers, length, Math.min(wordCount, 40) / 40f);
    dense(out, buffers, care, careHandle ? 1f : 0f);
    vectors.meanDirection(tokens, buffers.direction);
    for (int k = 0; k < vectorSlots.length; k++) {
      dense(out, buffers, vectorSlots[k], (float) buffers.direction[k]);
    }
    return out;
  }

  /** The slots of the dense cues (not n-gram counts): NB scaling leaves them alone. */
  public int[] denseSlots() {
    return denseSlots.clone();
  }

  private int[] collectDenseSlots() {
    int[] named = {
      compound,
      negativity,
      negativeLabel,
      positiveLabel,
      strongestCue,
      questionMarks,
      exclamationMarks,
      shouting,
      mentionCount,
      link,
      leading,
      length,
      care,
      sentimentScore,
      sentimentNegative,
      sentimentPositive
    };
    int[] out =
        new int[named.length + categorySlots.length + signalSlots.length + vectorSlots.length];
    int at = 0;
    for (int[] block : new int[][] {named, categorySlots, signalSlots, vectorSlots}) {
      System.arraycopy(block, 0, out, at, block.length);
      at += block.length;
    }
    return out;
  }

  private static float cue(double weight) {
    return (float) Math.min(weight, 4) / 2f;
  }

  private static boolean isCollapsible(String w) {
    return w.equals("?") || w.equals("!") || w.equals("@u") || w.equals("<url>");
  }

  /** A handle that looks like a customer-care account: {@code AcmeHelp}, {@code askacme}, ... */
  static boolean isCareHandle(String lowerHandle) {
    return lowerHandle.contains("help")
        || lowerHandle.contains("support")
        || lowerHandle.contains("care")
        || lowerHandle.contains("service")
        || lowerHandle.contains("team")
        || lowerHandle.endsWith("cs")
        || lowerHandle.startsWith("ask");
  }

  private static boolean isShouted(Token t) {
    String s = t.text();
    return s.length() >= 3 && !s.equals(t.lower()) && s.equals(s.toUpperCase(Locale.ROOT));
  }

  private int[] slots(String prefix, Enum<?>[] values) {
    int[] out = new int[values.length];
    for (Enum<?> v : values) {
      out[v.ordinal()] = words.namedIndex(prefix + v.name());
    }
    return out;
  }
}
