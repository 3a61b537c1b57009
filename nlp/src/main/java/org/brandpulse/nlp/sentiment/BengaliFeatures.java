package org.brandpulse.nlp.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.bn.BengaliNormalizer;
import org.apache.lucene.analysis.bn.BengaliStemmer;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.FeatureHasher;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.text.Token;

/**
 * The feature recipe of the Bengali sentiment model, shared by training and prediction so the two
 * can never drift apart.
 *
 * <p>Every word, hashtag and emoji token is lower-cased and, when it holds Bengali letters, passed
 * through Lucene's {@link BengaliNormalizer} (spelling variants folded). Word unigrams and bigrams
 * are hashed over the {@link BengaliStemmer} stems of these tokens, without Lucene's Bengali stop
 * words (but keeping negations such as না and boosters such as খুব, which the stop list holds and
 * sentiment needs); character n-grams are hashed over the normalised surface forms, so inflections
 * and the negative suffixes -নি, -না still count. This n-gram block is scaled to unit length, then
 * three dense cues follow at their own scale: the {@link BengaliSentiment} lexicon score and the
 * emoji/emoticon score (both VADER-normalised to [-1, 1]), and the share of Latin-script words
 * (Banglish and English). Immutable and thread-safe.
 */
public final class BengaliFeatures {
  /**
   * Default recipe, chosen on inner folds of the BLP-2023 dev set (see {@code MODEL-CARD-bn.md}):
   * 2^18 slots, word uni- and bigrams, character 1- to 5-grams, signed.
   */
  public static final FeatureConfig DEFAULT_CONFIG =
      new FeatureConfig(18, true, true, 1, 5, true, 29);

  private static final CharArraySet STOP = BengaliAnalyzer.getDefaultStopSet();

  private final FeatureConfig config;
  private final FeatureHasher words;
  private final BengaliNormalizer normalizer = new BengaliNormalizer();
  private final BengaliStemmer stemmer = new BengaliStemmer();
  private final BengaliLexicon lexicon = BengaliLexicon.get();
  private final BengaliSentiment lexiconScorer = new BengaliSentiment(lexicon);
  private final SentimentScorer emoji = new SentimentScorer();
  // The slots of the dense cues (FeatureHasher#addNamed), looked up once.
  private final int lexiconSlot;
  private final int emojiSlot;
  private final int latinShareSlot;

  /**
   * A recipe for the given configuration: its word settings apply to stems, its character n-gram
   * range to surface forms.
   */
  public BengaliFeatures(FeatureConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.words = new FeatureHasher(config.withCharNgrams(0, 0));
    this.lexiconSlot = words.namedIndex("bn.lexicon");
    this.emojiSlot = words.namedIndex("bn.emoji");
    this.latinShareSlot = words.namedIndex("bn.latinShare");
  }

  /** The configuration. */
  public FeatureConfig config() {
    return config;
  }

  /**
   * Writes the features of a tokenized, sanitized text into {@code out} (cleared first).
   *
   * @param text the sanitized text
   * @param tokens its tokens
   * @param out the vector to fill
   */
  public void extract(String text, List<Token> tokens, FeatureVector out) {
    out.clear();
    Prepared p = prepare(text, tokens);
    words.addTokens(p.stems(), out);
    BengaliCharGrams.add(p.surface(), config, out);
    out.normalize(0);
    out.add(lexiconSlot, p.lexicon());
    out.add(emojiSlot, p.emoji());
    out.add(latinShareSlot, p.latinShare());
  }

  /**
   * True when {@link #extractPair} can fill this recipe's vector and {@code other}'s in one pass:
   * same hash space, seed, sign and word settings, character n-gram ranges free to differ.
   */
  public boolean pairable(BengaliFeatures other) {
    FeatureConfig o = other.config;
    return BengaliCharGrams.pairable(config, o)
        && config.wordUnigrams() == o.wordUnigrams()
        && config.wordBigrams() == o.wordBigrams();
  }

  /**
   * Writes the features of this recipe into {@code out} and those of a {@link #pairable} recipe
   * into {@code otherOut}, exactly as two {@link #extract} calls would, but hashing the words,
   * dense cues and shared character n-grams once.
   *
   * @throws IllegalArgumentException unless the recipes are pairable
   */
  public void extractPair(
      String text,
      List<Token> tokens,
      FeatureVector out,
      BengaliFeatures other,
      FeatureVector otherOut) {
    if (!pairable(other)) {
      throw new IllegalArgumentException(config + " and " + other.config + " are not pairable");
    }
    out.clear();
    otherOut.clear();
    Prepared p = prepare(text, tokens);
    words.addTokens(p.stems(), out);
    for (int i = 0, n = out.size(); i < n; i++) {
      otherOut.add(out.index(i), out.value(i));
    }
    BengaliCharGrams.addBoth(p.surface(), config, out, other.config, otherOut);
    out.normalize(0);
    otherOut.normalize(0);
    int from = out.size();
    out.add(lexiconSlot, p.lexicon());
    out.add(emojiSlot, p.emoji());
    out.add(latinShareSlot, p.latinShare());
    for (int i = from, n = out.size(); i < n; i++) {
      otherOut.add(out.index(i), out.value(i));
    }
  }

  /**
   * The configuration-independent part of the features of one text: normalised surface forms, stems
   * and the three dense cues. The fast tier extracts Bengali features twice per post over the same
   * token list (the sentiment recipe, then the complaint and needs-reply recipes in one {@link
   * #extractPair}), so the last one is kept per thread and reused when the same list and text come
   * again (the lists are never changed): each post is normalised, stemmed and scored against the
   * lexicon once.
   */
  private record Prepared(
      String text,
      List<Token> tokens,
      List<String> surface,
      List<String> stems,
      float lexicon,
      float emoji,
      float latinShare) {}

  private static final ThreadLocal<Prepared> LAST = new ThreadLocal<>();

  private Prepared prepare(String text, List<Token> tokens) {
    Prepared last = LAST.get();
    if (last != null && last.tokens() == tokens && last.text() == text) {
      return last;
    }
    List<String> surface = new ArrayList<>(tokens.size());
    List<String> stems = new ArrayList<>(tokens.size());
    int latin = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.EMOJI) {
        stems.add(t.text());
        continue;
      }
      if (!t.isWordLike()) {
        continue;
      }
      String w = t.lower();
      if (!hasBengali(w)) {
        latin++;
        surface.add(w);
        stems.add(w);
        continue;
      }
      char[] buf = w.toCharArray();
      int len = normalizer.normalize(buf, buf.length);
      String norm = new String(buf, 0, len);
      surface.add(norm);
      boolean keep = !STOP.contains(norm) || lexicon.isNegation(w) || lexicon.isBooster(w);
      if (keep) {
        stems.add(new String(buf, 0, stemmer.stem(buf, len)));
      }
    }
    Prepared p =
        new Prepared(
            text,
            tokens,
            surface,
            stems,
            (float) VaderScores.normalize(lexiconScorer.sum(tokens)),
            (float) emoji.emojiScores(text, tokens).compound(),
            surface.isEmpty() ? 0f : latin / (float) surface.size());
    LAST.set(p);
    return p;
  }

  private static boolean hasBengali(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '\u0980' && c <= '\u09FF') {
        return true;
      }
    }
    return false;
  }
}
