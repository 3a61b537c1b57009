package org.brandpulse.seoaudit.checks;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem (or fact) found on one URL.
 *
 * @param check the check id, e.g. {@code title-too-long} (see {@link Check})
 * @param severity how much it hurts
 * @param url the URL it is reported on
 * @param detail what exactly is wrong, with the offending value (clipped)
 * @param relatedUrl the other URL involved (link target, duplicate, canonical), or null
 */
public record Finding(
    String check, Severity severity, String url, String detail, String relatedUrl) {

  /** Report order: URL, then check, then related URL. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::url)
          .thenComparing(Finding::check)
          .thenComparing(f -> f.relatedUrl() == null ? "" : f.relatedUrl());

  public Finding {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(url, "url");
    detail = detail == null ? "" : detail;
    relatedUrl = relatedUrl == null || relatedUrl.isEmpty() ? null : relatedUrl;
  }

  /** A finding of a catalogue check, with the check's severity. */
  public static Finding of(Check check, String url, String detail, String relatedUrl) {
    return new Finding(check.id(), check.severity(), url, detail, relatedUrl);
  }

  /** What identifies a finding across audits: check, URL and related URL. */
  public String key() {
    return check + '\u0000' + url + '\u0000' + (relatedUrl == null ? "" : relatedUrl);
  }
}
