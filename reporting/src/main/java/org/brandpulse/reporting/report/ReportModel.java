package org.brandpulse.reporting.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.brandpulse.reporting.chart.ChartSpec;
import org.brandpulse.reporting.period.Period;

/**
 * Everything a period report shows, as plain data: the brand, the period, when it was made and its
 * sections in {@link SectionKind} order. Fill it section by section with {@link #builder};
 * renderers ({@link ReportHtmlRenderer}, {@link ReportEmail}) never fetch anything.
 *
 * @param brand the brand name
 * @param period the report period (compared with {@code period.previous()})
 * @param generatedAt when the report was built
 * @param sections the sections, each kind at most once; chart ids unique across the report
 */
public record ReportModel(
    String brand, Period period, Instant generatedAt, List<Section> sections) {

  public ReportModel {
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(generatedAt, "generatedAt");
    sections = List.copyOf(sections);
    Set<SectionKind> kinds = new HashSet<>();
    Set<String> chartIds = new HashSet<>();
    for (Section s : sections) {
      if (!kinds.add(s.kind())) {
        throw new IllegalArgumentException(
            "report for " + brand + " has section " + s.kind().id() + " twice");
      }
      for (Block b : s.blocks()) {
        if (b instanceof Block.Chart c && !chartIds.add(c.chart().id())) {
          throw new IllegalArgumentException(
              "report for " + brand + " has chart id '" + c.chart().id() + "' twice");
        }
      }
    }
  }

  /** A builder for the report of {@code brand} over {@code period}. */
  public static Builder builder(String brand, Period period, Instant generatedAt) {
    return new Builder(brand, period, generatedAt);
  }

  /** The section of that kind, if the report has it. */
  public Optional<Section> section(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** Every chart, in page order. */
  public List<ChartSpec> charts() {
    return sections.stream()
        .flatMap(s -> s.blocks().stream())
        .filter(Block.Chart.class::isInstance)
        .map(b -> ((Block.Chart) b).chart())
        .toList();
  }

  /** The headline KPIs, empty when the headline section is absent. */
  public List<Kpi> headlineKpis() {
    return section(SectionKind.HEADLINE).stream()
        .flatMap(s -> s.blocks().stream())
        .filter(Block.Kpis.class::isInstance)
        .flatMap(b -> ((Block.Kpis) b).kpis().stream())
        .toList();
  }

  /**
   * Collects sections as their data arrives. {@link #build()} orders them by {@link SectionKind}
   * and marks every kind that was never given as absent with {@link #NOT_COLLECTED}, so a missing
   * section is always visible as missing.
   */
  public static final class Builder {

    /** The reason given to sections the builder never received. */
    public static final String NOT_COLLECTED = "no data was collected for this section in this run";

    private final String brand;
    private final Period period;
    private final Instant generatedAt;
    private final Map<SectionKind, Section> sections = new EnumMap<>(SectionKind.class);

    private Builder(String brand, Period period, Instant generatedAt) {
      this.brand = brand;
      this.period = period;
      this.generatedAt = generatedAt;
    }

    /** Adds or replaces a section. */
    public Builder section(Section section) {
      sections.put(section.kind(), section);
      return this;
    }

    /** Adds a section with data. */
    public Builder present(SectionKind kind, Block... blocks) {
      return section(Section.present(kind, blocks));
    }

    /** Adds a section without data and the reason. */
    public Builder absent(SectionKind kind, String reason) {
      return section(Section.absent(kind, reason));
    }

    /** The model with every section kind, in order. */
    public ReportModel build() {
      List<Section> all =
          java.util.Arrays.stream(SectionKind.values())
              .map(k -> sections.getOrDefault(k, Section.absent(k, NOT_COLLECTED)))
              .toList();
      return new ReportModel(brand, period, generatedAt, all);
    }
  }
}
