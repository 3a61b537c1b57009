package org.brandpulse.nlp.complaint;

import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.text.PhraseMatcher;
import org.brandpulse.nlp.text.Resources;
import org.brandpulse.nlp.text.Token;

/**
 * A cue file ({@code GROUP WEIGHT PHRASE} per line, {@code #} comments) indexed for one-pass
 * matching: each phrase adds its weight to a {@link ComplaintCategory} or to a group of the file's
 * own kind ({@code K}). The one loader and scorer of {@link ComplaintCues} and {@link TriageCues}.
 *
 * @param <K> the groups the file has besides the categories
 */
final class CueTable<K extends Enum<K>> {

  /** One phrase's group (a category or a {@code K}) and weight. */
  private record Cue<K>(ComplaintCategory category, K group, double weight) {}

  /**
   * Summed weights of a text's phrases.
   *
   * @param byCategory by {@link ComplaintCategory#ordinal()}
   * @param byGroup by the group's ordinal
   */
  record Sums(double[] byCategory, double[] byGroup) {}

  private final PhraseMatcher<Cue<K>> matcher = new PhraseMatcher<>();
  private final int groups;

  /**
   * Loads {@code file}, a resource next to {@code owner}.
   *
   * @param groupWord what a group is called in the error for a bad line ("signal", "kind")
   */
  CueTable(Class<?> owner, String file, Class<K> groupType, String groupWord) {
    K[] constants = groupType.getEnumConstants();
    this.groups = constants.length;
    List<String> lines = Resources.lines(owner, file, true);
    for (int i = 0; i < lines.size(); i++) {
      String[] parts = lines.get(i).split("\\s+", 3);
      if (parts.length < 3) {
        throw Resources.badLine(owner, file, i, lines.get(i), "GROUP WEIGHT PHRASE");
      }
      try {
        double weight = Double.parseDouble(parts[1]);
        K group = group(constants, parts[0]);
        matcher.add(
            parts[2],
            group != null
                ? new Cue<>(null, group, weight)
                : new Cue<>(ComplaintCategory.valueOf(parts[0]), null, weight));
      } catch (IllegalArgumentException e) {
        throw Resources.badLine(
            owner, file, i, lines.get(i), "a category or " + groupWord + " and a weight");
      }
    }
  }

  private static <K extends Enum<K>> K group(K[] constants, String name) {
    for (K k : constants) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    return null;
  }

  /** Sums the weights of every phrase occurrence in the tokens. */
  Sums score(List<Token> tokens) {
    double[] categories = new double[ComplaintCategory.values().length];
    double[] byGroup = new double[groups];
    matcher.match(
        tokens,
        (index, cue) -> {
          if (cue.category() != null) {
            categories[cue.category().ordinal()] += cue.weight();
          } else {
            byGroup[cue.group().ordinal()] += cue.weight();
          }
        });
    return new Sums(categories, byGroup);
  }
}
