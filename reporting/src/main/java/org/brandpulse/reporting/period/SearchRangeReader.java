package org.brandpulse.reporting.period;

import java.util.List;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.RangeTotal;

/**
 * The stored Search Console range totals (Queries, Pages, Countries, Devices over an export's whole
 * range): a port the application implements over its database, and tests over lists.
 */
public interface SearchRangeReader {

  /** The export ranges stored for a site's source, by last day then first day. */
  List<ExportRange> ranges(String site, String source);

  /** The sources of a site with range totals, by name. */
  List<String> sources(String site);

  /** The totals of one breakdown over one stored range, in no particular order. */
  List<RangeTotal> totals(String site, String source, ExportRange range, Dimension dimension);
}
