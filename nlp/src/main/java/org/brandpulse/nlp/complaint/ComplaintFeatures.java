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
import org.brandpulse.nlp.text.Token;

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
 *   <li>character 3- to 5-grams of the words and hashtags, unit length times {@value #CHAR_SCALE};
 *   <li>dense cues at their own scale: the sentiment score and label, the cue lexicon's weight per
 *       category and signal (capped at 4, halved), question marks, exclamation marks, shouted
 *       words, mentions, links, a leading mention, a mentioned customer-care handle ({@code
 *       ...help}, {@code ...support}, {@code ...care}, {@code ask...}) and the length.
 * </ol>
 *
 * Thread-safe; the per-thread buffers live in {@link Buffers}.
 */
public final class ComplaintFeatures {
  /** Name of this recipe, saved in the model file and checked when loading. */
  public static final String RECIPE = "complaint-features-1";

  /** log2 of the feature space size. */
  public static final int BITS = 18;

  /** Hashing of the word block; the model file carries it. */
  public static final FeatureConfig WORDS = new FeatureConfig(BITS, true, true, 0, 0, true, 17);

  static final FeatureConfig CHARS = new FeatureConfig(BITS, false, false, 3, 5, true, 29);
  static final float CHAR_SCALE = 0.5f;

  private static final String[] CATEGORY_NAMES = names("cat:", ComplaintCategory.values());
  private static final String[] SIGNAL_NAMES = names("sig:", ComplaintCues.Signal.values());

  private final FeatureHasher words = new FeatureHasher(WORDS);
  private final FeatureHasher chars = new FeatureHasher(CHARS);

  /** Reusable per-thread buffers. */
  public static final class Buffers {
    final FeatureVector vector = new FeatureVector(512);
    final FeatureVector charBlock = new FeatureVector(512);
    final List<String> words = new ArrayList<>(64);
    final List<String> charTokens = new ArrayList<>(64);

    /** The features of the last {@link ComplaintFeatures#extract} call. */
    public FeatureVector vector() {
      return vector;
    }
  }

  /** Fills {@code buffers.vector()} with the features of a text; returns that vector. */
  public FeatureVector extract(
      List<Token> tokens, Sentiment sentiment, ComplaintCues.Scores cues, Buffers buffers) {
    FeatureVector out = buffers.vector;
    out.clear();
    List<String> ws = buffers.words;
    List<String> cs = buffers.charTokens;
    ws.clear();
    cs.clear();
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
          cs.add(t.lower());
        }
        case PUNCT -> {
          w = t.text();
          questions += w.equals("?") ? 1 : 0;
          exclamations += w.equals("!") ? 1 : 0;
        }
        case WORD -> {
          w = t.lower();
          wordCount++;
          shouted += isShouted(t) ? 1 : 0;
          cs.add(w);
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
    FeatureVector c = buffers.charBlock;
    c.clear();
    chars.addTokens(cs, c);
    c.normalize(0);
    for (int k = 0; k < c.size(); k++) {
      out.add(c.index(k), c.value(k) * CHAR_SCALE);
    }
    double score = sentiment.score();
    named("d:compound", (float) score, out);
    named("d:negc", (float) Math.max(0, -score), out);
    named("d:isneg", sentiment.label() == SentimentLabel.NEGATIVE ? 1f : 0f, out);
    named("d:ispos", sentiment.label() == SentimentLabel.POSITIVE ? 1f : 0f, out);
    double strongest = 0;
    for (ComplaintCategory category : ComplaintCategory.values()) {
      double v = cues.of(category);
      named(CATEGORY_NAMES[category.ordinal()], cue(v), out);
      strongest = Math.max(strongest, v);
    }
    named("catmax", cue(strongest), out);
    for (ComplaintCues.Signal signal : ComplaintCues.Signal.values()) {
      named(SIGNAL_NAMES[signal.ordinal()], cue(cues.of(signal)), out);
    }
    named("d:q", Math.min(questions, 2) / 2f, out);
    named("d:ex", Math.min(exclamations, 3) / 3f, out);
    named("d:caps", Math.min(shouted, 3) / 3f, out);
    named("d:ment", Math.min(mentions, 3) / 3f, out);
    named("d:url", Math.min(links, 1), out);
    named("d:lead@", leadingMention ? 1f : 0f, out);
    named("d:len", Math.min(wordCount, 40) / 40f, out);
    named("d:supp", careHandle ? 1f : 0f, out);
    return out;
  }

  private void named(String name, float value, FeatureVector out) {
    if (value != 0f) {
      words.addNamed(name, value, out);
    }
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

  private static String[] names(String prefix, Enum<?>[] values) {
    String[] out = new String[values.length];
    for (Enum<?> v : values) {
      out[v.ordinal()] = prefix + v.name();
    }
    return out;
  }
}
