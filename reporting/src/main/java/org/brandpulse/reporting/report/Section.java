package org.brandpulse.reporting.report;

import java.util.List;
import java.util.Objects;

/**
 * One report section: present with its blocks, or absent with the reason (a section without data
 * says so rather than showing zeros).
 *
 * @param kind which section
 * @param title the heading
 * @param absentReason why there is no data, e.g. "no site metrics imported for this site"; null
 *     when present
 * @param blocks the content; empty when absent
 */
public record Section(SectionKind kind, String title, String absentReason, List<Block> blocks) {

  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title of section " + kind);
    blocks = List.copyOf(blocks);
    if (absentReason == null && blocks.isEmpty()) {
      throw new IllegalArgumentException(
          "section " + kind.id() + " is present but has no blocks; give a reason for its absence");
    }
    if (absentReason != null && (absentReason.isBlank() || !blocks.isEmpty())) {
      throw new IllegalArgumentException(
          "absent section " + kind.id() + " needs a non-blank reason and no blocks");
    }
  }

  /** A section with data, under its default title. */
  public static Section present(SectionKind kind, Block... blocks) {
    return new Section(kind, kind.title(), null, List.of(blocks));
  }

  /** A section without data, under its default title. */
  public static Section absent(SectionKind kind, String reason) {
    return new Section(kind, kind.title(), reason, List.of());
  }

  /** Whether the section has data. */
  public boolean present() {
    return absentReason == null;
  }
}
