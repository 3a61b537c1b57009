package org.brandpulse.seoaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brandpulse.seoaudit.audit.AuditDiff;
import org.brandpulse.seoaudit.audit.AuditResult;

/** Writes {@code audit.json}, {@code audit.csv} and {@code audit.html} into one directory. */
public final class AuditFiles {

  /** The file names. */
  public static final String JSON = "audit.json";

  public static final String CSV = "audit.csv";
  public static final String HTML = "audit.html";

  private AuditFiles() {}

  /**
   * Writes the three files, creating {@code dir} if needed.
   *
   * @param diff changes against the previous audit, or null
   */
  public static void write(AuditResult result, AuditDiff diff, Path dir) throws IOException {
    Files.createDirectories(dir);
    AuditJson.write(result, dir.resolve(JSON));
    AuditCsv.write(result.findings(), dir.resolve(CSV));
    AuditHtml.write(result, diff, dir.resolve(HTML));
  }
}
