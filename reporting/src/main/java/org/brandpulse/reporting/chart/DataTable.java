package org.brandpulse.reporting.chart;

import java.util.List;
import java.util.Objects;

/**
 * A small table of display strings with a caption: the accessible, printable twin of a chart, and
 * the form of every tabular report block. Cells are plain text; renderers escape them.
 *
 * @param caption what the table shows
 * @param header column names
 * @param rows rows with one cell per column
 */
public record DataTable(String caption, List<String> header, List<List<String>> rows) {

  public DataTable {
    Objects.requireNonNull(caption, "caption");
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != header.size()) {
        throw new IllegalArgumentException(
            "table '"
                + caption
                + "' row "
                + i
                + " has "
                + rows.get(i).size()
                + " cells, expected "
                + header.size()
                + " "
                + header);
      }
    }
  }
}
