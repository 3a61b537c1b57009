package org.brandpulse.reporting.report;

import java.util.List;
import java.util.Objects;
import org.brandpulse.reporting.chart.ChartSpec;
import org.brandpulse.reporting.chart.DataTable;

/**
 * One piece of a report section. A section is a list of blocks, shown in order; the renderer picks
 * the markup by the block's type.
 */
public sealed interface Block {

  /** Headline numbers as cards with their change. */
  record Kpis(List<Kpi> kpis) implements Block {
    public Kpis {
      kpis = List.copyOf(kpis);
    }
  }

  /** A chart, shown with its data table beside it. */
  record Chart(ChartSpec chart) implements Block {
    public Chart {
      Objects.requireNonNull(chart, "chart");
    }
  }

  /** A table of its own (top landing pages, new and fixed SEO findings). */
  record Table(DataTable table) implements Block {
    public Table {
      Objects.requireNonNull(table, "table");
    }
  }

  /** Posts with text, author, reach and link. */
  record Posts(String caption, List<PostRow> posts) implements Block {
    public Posts {
      Objects.requireNonNull(caption, "caption");
      posts = List.copyOf(posts);
    }
  }

  /** Complaints needing a reply, oldest first as given. */
  record Complaints(String caption, List<ComplaintRow> complaints) implements Block {
    public Complaints {
      Objects.requireNonNull(caption, "caption");
      complaints = List.copyOf(complaints);
    }
  }

  /** Unusual days with their explanation. */
  record Anomalies(List<AnomalyRow> anomalies) implements Block {
    public Anomalies {
      anomalies = List.copyOf(anomalies);
    }
  }

  /** What each source returned. */
  record Coverage(List<CoverageRow> sources) implements Block {
    public Coverage {
      sources = List.copyOf(sources);
    }
  }

  /** A sentence of plain text, e.g. "No anomalies in this period." */
  record Note(String text) implements Block {
    public Note {
      Objects.requireNonNull(text, "text");
    }
  }
}
