package org.brandpulse.nlp.sentiment;

import java.util.Map;
import java.util.Set;

/**
 * The constants of VADER 3.3.2 ({@code vaderSentiment.py}, Hutto &amp; Gilbert 2014): the
 * empirically derived increments, the negation words, the booster/dampener dictionary and the
 * special-case idioms.
 */
final class VaderRules {
  private VaderRules() {}

  /** Mean rating increase for a booster word (Table 3 of the paper). */
  static final double B_INCR = 0.293;

  /** Mean rating decrease for a dampener word. */
  static final double B_DECR = -0.293;

  /** Mean rating increase for an ALL-CAPS word among mixed-case words. */
  static final double C_INCR = 0.733;

  /** Negation flips and shrinks valence. */
  static final double N_SCALAR = -0.74;

  static final Set<String> NEGATE =
      Set.of(
          "aint",
          "arent",
          "cannot",
          "cant",
          "couldnt",
          "darent",
          "didnt",
          "doesnt",
          "ain't",
          "aren't",
          "can't",
          "couldn't",
          "daren't",
          "didn't",
          "doesn't",
          "dont",
          "hadnt",
          "hasnt",
          "havent",
          "isnt",
          "mightnt",
          "mustnt",
          "neither",
          "don't",
          "hadn't",
          "hasn't",
          "haven't",
          "isn't",
          "mightn't",
          "mustn't",
          "neednt",
          "needn't",
          "never",
          "none",
          "nope",
          "nor",
          "not",
          "nothing",
          "nowhere",
          "oughtnt",
          "shant",
          "shouldnt",
          "uhuh",
          "wasnt",
          "werent",
          "oughtn't",
          "shan't",
          "shouldn't",
          "uh-uh",
          "wasn't",
          "weren't",
          "without",
          "wont",
          "wouldnt",
          "won't",
          "wouldn't",
          "rarely",
          "seldom",
          "despite");

  static final Map<String, Double> BOOSTERS = boosters();

  static final Map<String, Double> SPECIAL_CASES =
      Map.of(
          "the shit", 3.0,
          "the bomb", 3.0,
          "bad ass", 1.5,
          "badass", 1.5,
          "bus stop", 0.0,
          "yeah right", -2.0,
          "kiss of death", -1.5,
          "to die for", 3.0,
          "beating heart", 3.1,
          "broken heart", -2.9);

  /** Every word of a multi-word special case or booster: n-gram checks need one of them. */
  static final Set<String> IDIOM_WORDS = idiomWords();

  private static Set<String> idiomWords() {
    java.util.HashSet<String> words = new java.util.HashSet<>();
    for (String key : SPECIAL_CASES.keySet()) {
      words.addAll(java.util.List.of(key.split(" ")));
    }
    for (String key : BOOSTERS.keySet()) {
      if (key.indexOf(' ') > 0) {
        words.addAll(java.util.List.of(key.split(" ")));
      }
    }
    return Set.copyOf(words);
  }

  /** VADER's {@code negated([word])}: a negation word or any word containing "n't". */
  static boolean negated(String lowerWord) {
    return NEGATE.contains(lowerWord) || lowerWord.contains("n't");
  }

  private static Map<String, Double> boosters() {
    String[] up = {
      "absolutely",
      "amazingly",
      "awfully",
      "completely",
      "considerable",
      "considerably",
      "decidedly",
      "deeply",
      "effing",
      "enormous",
      "enormously",
      "entirely",
      "especially",
      "exceptional",
      "exceptionally",
      "extreme",
      "extremely",
      "fabulously",
      "flipping",
      "flippin",
      "frackin",
      "fracking",
      "fricking",
      "frickin",
      "frigging",
      "friggin",
      "fully",
      "fuckin",
      "fucking",
      "fuggin",
      "fugging",
      "greatly",
      "hella",
      "highly",
      "hugely",
      "incredible",
      "incredibly",
      "intensely",
      "major",
      "majorly",
      "more",
      "most",
      "particularly",
      "purely",
      "quite",
      "really",
      "remarkably",
      "so",
      "substantially",
      "thoroughly",
      "total",
      "totally",
      "tremendous",
      "tremendously",
      "uber",
      "unbelievably",
      "unusually",
      "utter",
      "utterly",
      "very"
    };
    String[] down = {
      "almost",
      "barely",
      "hardly",
      "just enough",
      "kind of",
      "kinda",
      "kindof",
      "kind-of",
      "less",
      "little",
      "marginal",
      "marginally",
      "occasional",
      "occasionally",
      "partly",
      "scarce",
      "scarcely",
      "slight",
      "slightly",
      "somewhat",
      "sort of",
      "sorta",
      "sortof",
      "sort-of"
    };
    java.util.HashMap<String, Double> map = new java.util.HashMap<>();
    for (String w : up) {
      map.put(w, B_INCR);
    }
    for (String w : down) {
      map.put(w, B_DECR);
    }
    return Map.copyOf(map);
  }
}
