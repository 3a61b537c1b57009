package org.brandpulse.app.settings;

import java.util.List;
import org.brandpulse.reporting.report.build.ReportBrand;

/**
 * A brand to monitor, with its competitors.
 *
 * @param name display name, unique across brands and competitors
 * @param query Lucene query syntax over post text, e.g. {@code bazarly OR "bazarly.com"}
 * @param handles the brand's own account handles (replies from these close complaint cases)
 * @param competitors competitors to measure share of voice against
 * @param recipients e-mail addresses for this brand's alerts and reports
 */
public record BrandSettings(
    String name,
    String query,
    List<String> handles,
    List<CompetitorSettings> competitors,
    List<String> recipients) {

  public BrandSettings {
    handles = handles == null ? List.of() : List.copyOf(handles);
    competitors = competitors == null ? List.of() : List.copyOf(competitors);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /** The brand as its report sees it. */
  public ReportBrand ref() {
    return new ReportBrand(
        name,
        handles,
        competitors.stream().map(c -> new ReportBrand.Competitor(c.name(), c.handles())).toList());
  }

  /** A competitor of a brand. */
  public record CompetitorSettings(String name, String query, List<String> handles) {
    public CompetitorSettings {
      handles = handles == null ? List.of() : List.copyOf(handles);
    }
  }
}
