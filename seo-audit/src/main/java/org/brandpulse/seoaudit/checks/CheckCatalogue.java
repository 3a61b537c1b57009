package org.brandpulse.seoaudit.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The check catalogue as one table (id, category, rule, threshold, severity, why) for a given set
 * of thresholds, renderable as Markdown for the README and the report.
 */
public final class CheckCatalogue {

  private final Thresholds thresholds;

  /** The catalogue with these thresholds. */
  public CheckCatalogue(Thresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /** The catalogue with {@link Thresholds#DEFAULTS}. */
  public static CheckCatalogue defaults() {
    return new CheckCatalogue(Thresholds.DEFAULTS);
  }

  /**
   * One row of the table.
   *
   * @param id the stable check id
   * @param category status, indexability, international, on-page, content, links, images, sitemaps,
   *     security, mobile, structured data, urls
   * @param rule when it fires
   * @param threshold the configured limit, "" when the rule has none
   * @param severity the default severity
   * @param why why it matters
   */
  public record Entry(
      String id, String category, String rule, String threshold, Severity severity, String why) {}

  /** Every check, in catalogue order. */
  public List<Entry> entries() {
    List<Entry> rows = new ArrayList<>();
    for (Check c : Check.values()) {
      rows.add(
          new Entry(
              c.id(), c.category(), c.rule(), c.threshold(thresholds), c.severity(), c.why()));
    }
    return rows;
  }

  /** The table in GitHub Markdown ('|' in cells escaped). */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("| id | category | rule | threshold | severity | why |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Entry e : entries()) {
      md.append("| `")
          .append(e.id())
          .append("` | ")
          .append(cell(e.category()))
          .append(" | ")
          .append(cell(e.rule()))
          .append(" | ")
          .append(cell(e.threshold()))
          .append(" | ")
          .append(e.severity().id())
          .append(" | ")
          .append(cell(e.why()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
