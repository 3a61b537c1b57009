package org.brandpulse.reporting.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short axis labels: a category label longer than {@link #MAX_AXIS_LABEL} user-perceived characters
 * keeps its start and its end around a middle ellipsis, so {@code /category/home-decor/lamps/
 * brass-table-lamp-2041} stays recognisable by its section and its slug, and one long label no
 * longer squeezes the plot. The full text stays in the tooltip and the data table.
 *
 * <p>Lengths are counted in extended grapheme clusters (the JDK's regex {@code \X}, Unicode UAX
 * #29), so a Bengali vowel sign, an emoji family with its joiners or a flag is never cut in half.
 */
public final class Labels {

  /** Longest axis label, in user-perceived characters, the ellipsis included. */
  public static final int MAX_AXIS_LABEL = 32;

  static final String ELLIPSIS = "…";

  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  private Labels() {}

  /** {@code text} itself when short enough, else its start, "…" and its end, {@code max} long. */
  public static String middleEllipsis(String text, int max) {
    if (max < 3) {
      throw new IllegalArgumentException("max must be >= 3, was " + max);
    }
    List<Integer> ends = new ArrayList<>();
    Matcher cluster = GRAPHEME.matcher(text);
    while (cluster.find()) {
      ends.add(cluster.end());
    }
    int count = ends.size();
    if (count <= max) {
      return text;
    }
    int head = (max - 1) / 2;
    int tail = max - 1 - head;
    return text.substring(0, ends.get(head - 1)).stripTrailing()
        + ELLIPSIS
        + text.substring(ends.get(count - tail - 1)).stripLeading();
  }

  /** The label as a chart axis shows it: {@link #middleEllipsis} at {@link #MAX_AXIS_LABEL}. */
  public static String axisLabel(String text) {
    return middleEllipsis(text, MAX_AXIS_LABEL);
  }
}
