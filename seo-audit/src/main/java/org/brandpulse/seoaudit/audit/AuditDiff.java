package org.brandpulse.seoaudit.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brandpulse.seoaudit.checks.Finding;

/**
 * What changed between two audits of a site. A finding is the same finding in both when its {@link
 * Finding#key() check, URL and related URL} match; detail and severity may differ.
 *
 * @param added findings of the current audit absent from the previous one ("new")
 * @param fixed findings of the previous audit absent from the current one
 * @param persisting findings of the current audit also in the previous one
 */
public record AuditDiff(List<Finding> added, List<Finding> fixed, List<Finding> persisting) {

  public AuditDiff {
    added = List.copyOf(added);
    fixed = List.copyOf(fixed);
    persisting = List.copyOf(persisting);
  }

  /** Compares two audits; with no previous audit every finding is new. */
  public static AuditDiff compare(AuditResult previous, AuditResult current) {
    return compare(previous == null ? List.of() : previous.findings(), current.findings());
  }

  /** Compares two sets of findings. */
  public static AuditDiff compare(Collection<Finding> previous, Collection<Finding> current) {
    Set<String> before = new HashSet<>();
    previous.forEach(f -> before.add(f.key()));
    Set<String> now = new HashSet<>();
    List<Finding> added = new ArrayList<>();
    List<Finding> persisting = new ArrayList<>();
    for (Finding f : current) {
      if (now.add(f.key())) {
        (before.contains(f.key()) ? persisting : added).add(f);
      }
    }
    List<Finding> fixed = new ArrayList<>();
    Set<String> gone = new HashSet<>();
    for (Finding f : previous) {
      if (!now.contains(f.key()) && gone.add(f.key())) {
        fixed.add(f);
      }
    }
    added.sort(Finding.ORDER);
    fixed.sort(Finding.ORDER);
    persisting.sort(Finding.ORDER);
    return new AuditDiff(added, fixed, persisting);
  }
}
