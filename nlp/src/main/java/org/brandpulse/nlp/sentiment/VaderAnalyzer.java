package org.brandpulse.nlp.sentiment;

import static org.brandpulse.nlp.sentiment.VaderRules.BOOSTERS;
import static org.brandpulse.nlp.sentiment.VaderRules.C_INCR;
import static org.brandpulse.nlp.sentiment.VaderRules.N_SCALAR;
import static org.brandpulse.nlp.sentiment.VaderRules.SPECIAL_CASES;
import static org.brandpulse.nlp.sentiment.VaderRules.negated;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * A line-by-line port of {@code SentimentIntensityAnalyzer.polarity_scores} from VADER 3.3.2 (Hutto
 * &amp; Gilbert 2014), quirks included, so that compound scores match the reference implementation:
 * emoji are replaced by their description words, the text is split on white space with edge
 * punctuation stripped, then booster/dampener words, ALL-CAPS emphasis, negation in the three
 * preceding tokens, "no", "least", "kind of", special-case idioms, "but", and ! / ? emphasis adjust
 * each lexicon word's valence.
 *
 * <p>One deliberate difference: U+FE0F (emoji presentation) and U+200D (zero width joiner) are
 * dropped before emoji are described. The reference glues them to the preceding description word,
 * which then misses the lexicon ("❤️" would score 0).
 *
 * <p>Immutable and thread-safe.
 */
public final class VaderAnalyzer {
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private final VaderLexicon lexicon;

  /** An analyser over the given lexicon. */
  public VaderAnalyzer(VaderLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** VADER's {@code polarity_scores(text)}. */
  public VaderScores polarityScores(String text) {
    String t = strip(describeEmoji(text));
    List<String> words = wordsAndEmoticons(t);
    int n = words.size();
    if (n == 0) {
      return VaderScores.ZERO;
    }
    String[] lower = new String[n];
    boolean[] upper = new boolean[n];
    int allCaps = 0;
    for (int i = 0; i < n; i++) {
      lower[i] = words.get(i).toLowerCase(Locale.ROOT);
      upper[i] = isUpper(words.get(i));
      allCaps += upper[i] ? 1 : 0;
    }
    boolean capDiff = n - allCaps > 0 && n - allCaps < n;
    double[] sentiments = new double[n];
    for (int i = 0; i < n; i++) {
      if (BOOSTERS.containsKey(lower[i])
          || (i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of"))) {
        continue;
      }
      sentiments[i] = valence(lower, upper, capDiff, i);
    }
    butCheck(lower, sentiments);
    return score(sentiments, t);
  }

  private double valence(String[] lower, boolean[] upper, boolean capDiff, int i) {
    Double base = lexicon.valence(lower[i]);
    if (base == null) {
      return 0.0;
    }
    int n = lower.length;
    double valence = base;
    if (lower[i].equals("no") && i != n - 1 && lexicon.contains(lower[i + 1])) {
      valence = 0.0;
    }
    if ((i > 0 && lower[i - 1].equals("no"))
        || (i > 1 && lower[i - 2].equals("no"))
        || (i > 2
            && lower[i - 3].equals("no")
            && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
      valence = base * N_SCALAR;
    }
    if (upper[i] && capDiff) {
      valence += valence > 0 ? C_INCR : -C_INCR;
    }
    for (int startI = 0; startI < 3; startI++) {
      int prev = i - (startI + 1);
      if (i > startI && !lexicon.contains(lower[prev])) {
        double s = scalarIncDec(lower[prev], upper[prev], valence, capDiff);
        if (startI == 1 && s != 0) {
          s *= 0.95;
        } else if (startI == 2 && s != 0) {
          s *= 0.9;
        }
        valence += s;
        valence = negationCheck(valence, lower, startI, i);
        if (startI == 2) {
          valence = specialIdioms(valence, lower, i);
        }
      }
    }
    return leastCheck(valence, lower, i);
  }

  private static double scalarIncDec(
      String lowerWord, boolean upper, double valence, boolean capDiff) {
    Double b = BOOSTERS.get(lowerWord);
    if (b == null) {
      return 0.0;
    }
    double scalar = valence < 0 ? -b : b;
    if (upper && capDiff) {
      scalar += valence > 0 ? C_INCR : -C_INCR;
    }
    return scalar;
  }

  private static double negationCheck(double valence, String[] l, int startI, int i) {
    if (startI == 0) {
      return negated(l[i - 1]) ? valence * N_SCALAR : valence;
    }
    if (startI == 1) {
      if (l[i - 2].equals("never") && (l[i - 1].equals("so") || l[i - 1].equals("this"))) {
        return valence * 1.25;
      } else if (l[i - 2].equals("without") && l[i - 1].equals("doubt")) {
        return valence;
      }
      return negated(l[i - 2]) ? valence * N_SCALAR : valence;
    }
    // Python precedence in the reference: (never and (so|this)) or (previous word is so|this).
    if ((l[i - 3].equals("never") && (l[i - 2].equals("so") || l[i - 2].equals("this")))
        || (l[i - 1].equals("so") || l[i - 1].equals("this"))) {
      return valence * 1.25;
    } else if (l[i - 3].equals("without")
        && (l[i - 2].equals("doubt") || l[i - 1].equals("doubt"))) {
      return valence;
    }
    return negated(l[i - 3]) ? valence * N_SCALAR : valence;
  }

  private static double specialIdioms(double valence, String[] l, int i) {
    boolean candidate = false;
    for (int k = i - 3; k <= Math.min(i + 2, l.length - 1) && !candidate; k++) {
      candidate = VaderRules.IDIOM_WORDS.contains(l[k]);
    }
    if (!candidate) {
      return valence; // no special case or multi-word booster can match: skip building n-grams
    }
    String oneZero = l[i - 1] + " " + l[i];
    String twoOneZero = l[i - 2] + " " + oneZero;
    String twoOne = l[i - 2] + " " + l[i - 1];
    String threeTwoOne = l[i - 3] + " " + twoOne;
    String threeTwo = l[i - 3] + " " + l[i - 2];
    for (String seq : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
      Double v = SPECIAL_CASES.get(seq);
      if (v != null) {
        valence = v;
        break;
      }
    }
    if (l.length - 1 > i) {
      Double v = SPECIAL_CASES.get(l[i] + " " + l[i + 1]);
      if (v != null) {
        valence = v;
      }
    }
    if (l.length - 1 > i + 1) {
      Double v = SPECIAL_CASES.get(l[i] + " " + l[i + 1] + " " + l[i + 2]);
      if (v != null) {
        valence = v;
      }
    }
    for (String ngram : new String[] {threeTwoOne, threeTwo, twoOne}) {
      Double b = BOOSTERS.get(ngram);
      if (b != null) {
        valence += b;
      }
    }
    return valence;
  }

  private double leastCheck(double valence, String[] l, int i) {
    if (i > 1 && l[i - 1].equals("least") && !lexicon.contains(l[i - 1])) {
      if (!l[i - 2].equals("at") && !l[i - 2].equals("very")) {
        return valence * N_SCALAR;
      }
    } else if (i > 0 && l[i - 1].equals("least") && !lexicon.contains(l[i - 1])) {
      return valence * N_SCALAR;
    }
    return valence;
  }

  /**
   * The reference rescales via {@code list.index(value)}, i.e. the first equal value, so equal
   * valences on both sides of "but" interact; replicated here.
   */
  private static void butCheck(String[] lower, double[] s) {
    int bi = -1;
    for (int k = 0; k < lower.length && bi < 0; k++) {
      bi = lower[k].equals("but") ? k : -1;
    }
    if (bi < 0) {
      return;
    }
    for (int p = 0; p < s.length; p++) {
      double v = s[p];
      if (v == 0) {
        continue;
      }
      int si = 0;
      while (s[si] != v) {
        si++;
      }
      if (si < bi) {
        s[si] = v * 0.5;
      } else if (si > bi) {
        s[si] = v * 1.5;
      }
    }
  }

  private static VaderScores score(double[] sentiments, String text) {
    double sum = 0;
    for (double s : sentiments) {
      sum += s;
    }
    int ep = 0;
    int qm = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      ep += c == '!' ? 1 : 0;
      qm += c == '?' ? 1 : 0;
    }
    double amp = Math.min(ep, 4) * 0.292 + (qm > 1 ? (qm <= 3 ? qm * 0.18 : 0.96) : 0);
    if (sum > 0) {
      sum += amp;
    } else if (sum < 0) {
      sum -= amp;
    }
    double compound = VaderScores.normalize(sum);
    double pos = 0;
    double neg = 0;
    int neu = 0;
    for (double s : sentiments) {
      if (s > 0) {
        pos += s + 1;
      } else if (s < 0) {
        neg += s - 1;
      } else {
        neu++;
      }
    }
    if (pos > Math.abs(neg)) {
      pos += amp;
    } else if (pos < Math.abs(neg)) {
      neg -= amp;
    }
    double total = pos + Math.abs(neg) + neu;
    return new VaderScores(
        round(Math.abs(neg / total), 1e3),
        round(Math.abs(neu / total), 1e3),
        round(Math.abs(pos / total), 1e3),
        round(compound, 1e4),
        sum);
  }

  private static double round(double x, double scale) {
    return Math.round(x * scale) / scale;
  }

  private String describeEmoji(String text) {
    int first = -1;
    for (int k = 0; k < text.length() && first < 0; k++) {
      char c = text.charAt(k);
      if ((c >= 0x2000 || c == 0xA9 || c == 0xAE) && describable(text.codePointAt(k))) {
        first = k;
      }
    }
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32).append(text, 0, first);
    boolean prevSpace = first == 0 || text.charAt(first - 1) == ' ';
    for (int k = first; k < text.length(); ) {
      int cp = text.codePointAt(k);
      k += Character.charCount(cp);
      if (cp == 0xFE0F || cp == 0x200D) {
        continue;
      }
      String description = describable(cp) ? lexicon.describe(cp) : null;
      if (description != null) {
        if (!prevSpace) {
          out.append(' ');
        }
        out.append(description);
        prevSpace = false;
      } else {
        out.appendCodePoint(cp);
        prevSpace = cp == ' ';
      }
    }
    return out.toString();
  }

  private boolean describable(int cp) {
    return (cp >= 0x2000 || cp == 0xA9 || cp == 0xAE) && lexicon.describe(cp) != null;
  }

  private static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && Tokenizer.isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && Tokenizer.isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private static List<String> wordsAndEmoticons(String t) {
    List<String> out = new ArrayList<>();
    int n = t.length();
    int k = 0;
    while (k < n) {
      while (k < n && Tokenizer.isSpace(t.charAt(k))) {
        k++;
      }
      int start = k;
      while (k < n && !Tokenizer.isSpace(t.charAt(k))) {
        k++;
      }
      if (k > start) {
        out.add(stripPunctuationIfWord(t, start, k));
      }
    }
    return out;
  }

  /** Strips edge ASCII punctuation unless two code points or fewer would remain (emoticons). */
  private static String stripPunctuationIfWord(String t, int start, int end) {
    int a = start;
    int b = end;
    while (a < b && PUNCTUATION.indexOf(t.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && PUNCTUATION.indexOf(t.charAt(b - 1)) >= 0) {
      b--;
    }
    return t.codePointCount(a, b) <= 2 ? t.substring(start, end) : t.substring(a, b);
  }

  /** Python's {@code str.isupper()}: at least one cased char and no lower-case one. */
  private static boolean isUpper(String w) {
    boolean cased = false;
    for (int k = 0; k < w.length(); ) {
      int cp = w.codePointAt(k);
      k += Character.charCount(cp);
      if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
        return false;
      }
      cased |= Character.isUpperCase(cp);
    }
    return cased;
  }
}
