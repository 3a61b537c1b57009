package org.brandpulse.nlp.sentiment;

import java.util.List;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * Picks the sentiment method by language: English (and undetermined Latin-script text) goes through
 * the {@link VaderAnalyzer}; Bengali through {@link BengaliSentiment} plus emoji and emoticons;
 * every other language through emoji and emoticons alone. Compound scores are labelled with VADER's
 * usual thresholds: positive at or above {@value #THRESHOLD}, negative at or below minus that,
 * neutral between. Thread-safe.
 */
public final class SentimentScorer {
  /** VADER's customary label threshold on the compound score. */
  public static final double THRESHOLD = 0.05;

  private final VaderLexicon vaderLexicon;
  private final VaderAnalyzer vader;
  private final BengaliSentiment bengali;

  /** A scorer over the bundled lexicons (loaded once, on first use). */
  public SentimentScorer() {
    this.vaderLexicon = VaderLexicon.get();
    this.vader = new VaderAnalyzer(vaderLexicon);
    this.bengali = new BengaliSentiment(BengaliLexicon.get());
  }

  /**
   * Scores a text.
   *
   * @param text the sanitized text
   * @param tokens its tokens
   * @param language the identified ISO 639-1 code or {@code und}
   * @param latin true when the text is mostly Latin script
   */
  public Sentiment score(String text, List<Token> tokens, String language, boolean latin) {
    double compound;
    if ("en".equals(language) || ("und".equals(language) && latin)) {
      compound = vader.polarityScores(text).compound();
    } else if ("bn".equals(language)) {
      compound = VaderScores.normalize(bengali.sum(tokens) + emojiScores(text, tokens).sum());
    } else {
      compound = emojiScores(text, tokens).compound();
    }
    return toSentiment(compound);
  }

  /** The sentiment of a compound score in [-1, 1], labelled with {@link #THRESHOLD}. */
  public static Sentiment toSentiment(double compound) {
    double c = Double.isNaN(compound) ? 0.0 : Math.max(-1.0, Math.min(1.0, compound));
    SentimentLabel label =
        c >= THRESHOLD
            ? SentimentLabel.POSITIVE
            : c <= -THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    return new Sentiment(label, c);
  }

  /**
   * VADER over only the emoji descriptions and emoticons of a text: what can be said about
   * sentiment without knowing its language.
   */
  public VaderScores emojiScores(String text, List<Token> tokens) {
    StringBuilder cues = new StringBuilder();
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.EMOJI) {
        String d = vaderLexicon.describe(t.text());
        if (d != null) {
          cues.append(d).append(' ');
        }
      }
    }
    int n = text.length();
    for (int k = 0; k < n; ) {
      while (k < n && Tokenizer.isSpace(text.charAt(k))) {
        k++;
      }
      int start = k;
      while (k < n && !Tokenizer.isSpace(text.charAt(k))) {
        k++;
      }
      if (k - start >= 2 && k - start <= 8 && isEmoticon(text, start, k)) {
        cues.append(text, start, k).append(' ');
      }
    }
    return cues.length() == 0 ? VaderScores.ZERO : vader.polarityScores(cues.toString());
  }

  private boolean isEmoticon(String text, int start, int end) {
    int letters = 0;
    int punct = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c < 0x80 && !Character.isLetterOrDigit(c)) {
        punct++;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return letters <= 1
        && punct >= 1
        && vaderLexicon.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }
}
