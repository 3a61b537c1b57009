package org.brandpulse.nlp.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brandpulse.nlp.text.Resources;

/**
 * Function-word profiles of the Latin-script languages the identifier knows ({@code
 * stopword-profiles.txt}): en, es, fr, de, pt, it, nl, id, and romanised Bengali ("Banglish") as
 * bn. Immutable; {@link #get()} loads once.
 */
public final class StopWordProfiles {
  private static final String FILE = "stopword-profiles.txt";

  private final List<String> languages = new ArrayList<>();
  private final Map<String, Integer> masks = new HashMap<>();

  private StopWordProfiles() {
    List<String> lines = Resources.lines(StopWordProfiles.class, FILE, true);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int colon = line.indexOf(':');
      if (colon != 2 || languages.size() == 31) {
        throw Resources.badLine(StopWordProfiles.class, FILE, i, line, "'xx: word word ...'");
      }
      int bit = 1 << languages.size();
      languages.add(line.substring(0, colon));
      for (String w : line.substring(colon + 1).trim().split("\\s+")) {
        masks.merge(w, bit, (a, b) -> a | b);
      }
    }
  }

  private static final class Holder {
    static final StopWordProfiles INSTANCE = new StopWordProfiles();
  }

  /** The shared profiles. */
  public static StopWordProfiles get() {
    return Holder.INSTANCE;
  }

  /** The language codes, in bit order of {@link #mask}. */
  public List<String> languages() {
    return List.copyOf(languages);
  }

  /** Bit {@code i} is set when the lower-case word is a function word of {@code languages()[i]}. */
  public int mask(String lowerWord) {
    Integer m = masks.get(lowerWord);
    return m == null ? 0 : m;
  }

  /** Every function word of every profile (useful as a multilingual stop list). */
  public Set<String> words() {
    return Set.copyOf(masks.keySet());
  }
}
