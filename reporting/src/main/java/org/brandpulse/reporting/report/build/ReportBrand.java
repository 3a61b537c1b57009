package org.brandpulse.reporting.report.build;

import java.util.List;
import java.util.Objects;

/**
 * A brand as its report needs it.
 *
 * @param name the brand's name, as posts are matched to it
 * @param handles the brand's own accounts: their posts are not mentions of it
 * @param competitors the brands its share of voice is measured against
 */
public record ReportBrand(String name, List<String> handles, List<Competitor> competitors) {

  public ReportBrand {
    Objects.requireNonNull(name, "name");
    handles = handles == null ? List.of() : List.copyOf(handles);
    competitors = competitors == null ? List.of() : List.copyOf(competitors);
  }

  /**
   * A competitor of the brand.
   *
   * @param name its name, as posts are matched to it
   * @param handles its own accounts
   */
  public record Competitor(String name, List<String> handles) {
    public Competitor {
      Objects.requireNonNull(name, "name");
      handles = handles == null ? List.of() : List.copyOf(handles);
    }
  }
}
