package org.brandpulse.nlp.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Finds fixed phrases (sequences of token keys, see {@link Token#key()}) in a token list in one
 * pass: phrases are indexed by their first key, so each token costs one hash look-up.
 *
 * @param <V> what a phrase stands for (a category, a weight)
 */
public final class PhraseMatcher<V> {
  private record Entry<V>(String[] keys, V value) {}

  private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

  /** Adds a phrase, written as ordinary text and tokenized like posts are. */
  public PhraseMatcher<V> add(String phrase, V value) {
    List<Token> tokens = Tokenizer.tokenize(TextSanitizer.sanitize(phrase, 1000).orElse(""));
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("Phrase '" + phrase + "' has no tokens");
    }
    String[] keys = new String[tokens.size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = tokens.get(k).key();
    }
    byFirst.computeIfAbsent(keys[0], key -> new ArrayList<>()).add(new Entry<>(keys, value));
    return this;
  }

  /**
   * Reports every occurrence of every phrase, with the index of its first token.
   *
   * @param tokens the text's tokens
   * @param hit called with (token index, value) per match; overlapping matches are all reported
   */
  public void match(List<Token> tokens, BiConsumer<Integer, V> hit) {
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      List<Entry<V>> candidates = byFirst.get(tokens.get(i).key());
      if (candidates == null) {
        continue;
      }
      for (Entry<V> e : candidates) {
        String[] keys = e.keys();
        if (i + keys.length > n) {
          continue;
        }
        boolean all = true;
        for (int k = 1; k < keys.length && all; k++) {
          all = keys[k].equals(tokens.get(i + k).key());
        }
        if (all) {
          hit.accept(i, e.value());
        }
      }
    }
  }
}
