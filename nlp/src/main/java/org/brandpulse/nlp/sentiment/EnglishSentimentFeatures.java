package org.brandpulse.nlp.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.FeatureHasher;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.text.Token;

/**
 * The features of the English sentiment model, shared by training and prediction so both see the
 * same vector:
 *
 * <ol>
 *   <li>hashed n-grams (word unigrams and bigrams, character 2- to 5-grams) of the normalised
 *       tokens, L2-normalised as one block: lower case; URLs become {@code <url>}, mentions {@code
 *       <user>}, numbers {@code <num>}; hashtags become their word; letters repeated three or more
 *       times are squeezed to two ({@code sooooo} to {@code soo}); emoji stay tokens; {@code !} and
 *       {@code ?} stay tokens; after a negation word ({@code not}, {@code never}, {@code *n't},
 *       ...) every word gets a {@code _NEG} suffix until the next {@code . , : ; ! ?};
 *   <li>VADER's compound (split into its positive and negative part), positive, negative and
 *       neutral shares of the text;
 *   <li>the compound of the emoji and emoticons alone, and counts (scaled to about [0, 1]) of
 *       ALL-CAPS words, exclamation marks, question marks, elongated words and negations.
 * </ol>
 *
 * Thread-safe; the caller supplies the vector to fill.
 */
public final class EnglishSentimentFeatures {
  /** Recorded in the model file; a model of another recipe is refused. */
  public static final String RECIPE = "en-sentiment-features/1";

  /** Hash space and n-grams of the shipped model. */
  public static final FeatureConfig CONFIG = new FeatureConfig(17, true, true, 2, 5, true, 2013);

  private static final Set<String> NEGATIONS =
      Set.of(
          "not",
          "no",
          "never",
          "nothing",
          "nobody",
          "none",
          "nowhere",
          "neither",
          "nor",
          "cannot",
          "cant",
          "dont",
          "doesnt",
          "didnt",
          "isnt",
          "wasnt",
          "wont",
          "wouldnt",
          "shouldnt",
          "couldnt",
          "aint",
          "havent",
          "hasnt",
          "hadnt",
          "arent",
          "werent",
          "without",
          "hardly");

  private final FeatureHasher hasher;
  // slots of the named features, hashed once
  private final int slotVaderCompoundPlus;
  private final int slotVaderCompoundMinus;
  private final int slotVaderPos;
  private final int slotVaderNeg;
  private final int slotVaderNeu;
  private final int slotEmojiCompoundPlus;
  private final int slotEmojiCompoundMinus;
  private final int slotCountCaps;
  private final int slotCountExclamation;
  private final int slotCountQuestion;
  private final int slotCountElongated;
  private final int slotCountNegation;
  private final int slotBiasConstant;
  private final VaderAnalyzer vader;
  private final SentimentScorer emoji;

  /** Features of the shipped configuration {@link #CONFIG} over the bundled VADER lexicon. */
  public EnglishSentimentFeatures() {
    this(CONFIG);
  }

  /** Features hashed with another configuration (for experiments with the hash-space size). */
  public EnglishSentimentFeatures(FeatureConfig config) {
    this.hasher = new FeatureHasher(config);
    this.slotVaderCompoundPlus = hasher.namedIndex("vader.compound+");
    this.slotVaderCompoundMinus = hasher.namedIndex("vader.compound-");
    this.slotVaderPos = hasher.namedIndex("vader.pos");
    this.slotVaderNeg = hasher.namedIndex("vader.neg");
    this.slotVaderNeu = hasher.namedIndex("vader.neu");
    this.slotEmojiCompoundPlus = hasher.namedIndex("emoji.compound+");
    this.slotEmojiCompoundMinus = hasher.namedIndex("emoji.compound-");
    this.slotCountCaps = hasher.namedIndex("count.caps");
    this.slotCountExclamation = hasher.namedIndex("count.exclamation");
    this.slotCountQuestion = hasher.namedIndex("count.question");
    this.slotCountElongated = hasher.namedIndex("count.elongated");
    this.slotCountNegation = hasher.namedIndex("count.negation");
    this.slotBiasConstant = hasher.namedIndex("bias.constant");

    this.vader = new VaderAnalyzer(VaderLexicon.get());
    this.emoji = new SentimentScorer();
  }

  /** The hasher. */
  public FeatureHasher hasher() {
    return hasher;
  }

  /** Clears {@code out} and fills it with the features of a sanitized text and its tokens. */
  public void extract(String text, List<Token> tokens, FeatureVector out) {
    out.clear();
    List<String> words = new ArrayList<>(tokens.size() + 4);
    int caps = 0;
    int exclamations = 0;
    int questions = 0;
    int elongated = 0;
    int negations = 0;
    boolean negated = false;
    boolean emojiCue = false;
    for (Token t : tokens) {
      switch (t.kind()) {
        case URL -> words.add("<url>");
        case MENTION -> words.add("<user>");
        case NUMBER -> words.add("<num>");
        case EMOJI -> {
          words.add(t.text());
          emojiCue = true;
        }
        case PUNCT -> {
          String p = t.text();
          emojiCue |= ".,!?'\"-".indexOf(p.charAt(0)) < 0;
          if (p.equals("!") || p.equals("?")) {
            words.add(p);
            exclamations += p.equals("!") ? 1 : 0;
            questions += p.equals("?") ? 1 : 0;
          }
          if (".,:;!?".contains(p)) {
            negated = false;
          }
        }
        case WORD, HASHTAG -> {
          String w = squeeze(t.lower());
          elongated += w.length() < t.lower().length() ? 1 : 0;
          caps +=
              t.kind() == Token.Kind.WORD && t.text().length() >= 3 && isUpper(t.text()) ? 1 : 0;
          words.add(negated ? w + "_NEG" : w);
          if (isNegation(w)) {
            negated = true;
            negations++;
          }
        }
      }
    }
    hasher.addTokens(words, out);
    out.normalize(0);
    VaderScores v = vader.polarityScores(text);
    out.add(slotVaderCompoundPlus, (float) Math.max(0, v.compound()));
    out.add(slotVaderCompoundMinus, (float) Math.max(0, -v.compound()));
    out.add(slotVaderPos, (float) v.positive());
    out.add(slotVaderNeg, (float) v.negative());
    out.add(slotVaderNeu, (float) v.neutral());
    // emoticons always hold a punctuation mark other than these, so most texts skip the scan
    double e = emojiCue ? emoji.emojiScores(text, tokens).compound() : 0;
    out.add(slotEmojiCompoundPlus, (float) Math.max(0, e));
    out.add(slotEmojiCompoundMinus, (float) Math.max(0, -e));
    out.add(slotCountCaps, scaled(caps));
    out.add(slotCountExclamation, scaled(exclamations));
    out.add(slotCountQuestion, scaled(questions));
    out.add(slotCountElongated, scaled(elongated));
    out.add(slotCountNegation, scaled(negations));
    out.add(slotBiasConstant, 1f);
  }

  /** {@code log(1 + n) / log(6)}: 0 for none, 1 for five. */
  private static float scaled(int n) {
    return (float) (Math.log1p(n) / Math.log(6));
  }

  static boolean isNegation(String w) {
    return NEGATIONS.contains(w) || w.endsWith("n't");
  }

  /** Squeezes runs of three or more equal letters to two. */
  static String squeeze(String w) {
    int n = w.length();
    boolean run = false;
    for (int i = 2; i < n && !run; i++) {
      run = w.charAt(i) == w.charAt(i - 1) && w.charAt(i) == w.charAt(i - 2);
    }
    if (!run) {
      return w;
    }
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      int len = b.length();
      if (len >= 2 && b.charAt(len - 1) == c && b.charAt(len - 2) == c) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static boolean isUpper(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter && s.toUpperCase(Locale.ROOT).equals(s);
  }
}
