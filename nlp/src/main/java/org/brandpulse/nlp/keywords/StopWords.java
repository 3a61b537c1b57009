package org.brandpulse.nlp.keywords;

import java.util.HashSet;
import java.util.Set;
import org.brandpulse.nlp.lang.StopWordProfiles;
import org.brandpulse.nlp.text.Resources;

/**
 * The stop list for keywords: our English list ({@code stopwords-en.txt}), the stopwords-iso
 * Bengali list ({@code stopwords-bn.txt}, MIT, see {@code LICENSE-stopwords-iso.txt}) and the
 * function words of every {@link StopWordProfiles} language, so Spanish or Indonesian posts do not
 * yield "que" or "yang" as keywords.
 */
public final class StopWords {
  private final Set<String> words;

  private StopWords() {
    Set<String> all = new HashSet<>();
    for (String line : Resources.lines(StopWords.class, "stopwords-en.txt", true)) {
      for (String w : line.split("\\s+")) {
        all.add(w);
      }
    }
    all.addAll(Resources.lines(StopWords.class, "stopwords-bn.txt", false));
    all.addAll(StopWordProfiles.get().words());
    words = Set.copyOf(all);
  }

  private static final class Holder {
    static final StopWords INSTANCE = new StopWords();
  }

  /** The shared list. */
  public static StopWords get() {
    return Holder.INSTANCE;
  }

  /** True when a lower-case word is a stop word. */
  public boolean contains(String lowerWord) {
    return words.contains(lowerWord);
  }
}
