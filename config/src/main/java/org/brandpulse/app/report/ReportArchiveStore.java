package org.brandpulse.app.report;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.brandpulse.reporting.period.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The index of generated reports ({@code REPORT_ARCHIVE}). */
@Component
public class ReportArchiveStore {

  private final JdbcTemplate jdbc;

  public ReportArchiveStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the report of a brand and period, or updates its file and time when it was built
   * before: who it was e-mailed to stays, since the outbox never sends one brand's period twice
   * (replacing the row made a rebuilt report look never e-mailed).
   */
  @Transactional
  public void save(String brand, Period period, Path file, Instant at) {
    int updated =
        jdbc.update(
            "UPDATE REPORT_ARCHIVE SET PERIOD_START = ?, PATH = ?, CREATED_AT = ? WHERE BRAND = ?"
                + " AND GRANULARITY = ? AND PERIOD_LABEL = ?",
            Date.valueOf(period.start()),
            file.toAbsolutePath().toString(),
            Timestamp.from(at),
            brand,
            period.granularity().cliName(),
            period.label());
    if (updated > 0) {
      return;
    }
    jdbc.update(
        "INSERT INTO REPORT_ARCHIVE (BRAND, GRANULARITY, PERIOD_LABEL, PERIOD_START, PATH,"
            + " CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)",
        brand,
        period.granularity().cliName(),
        period.label(),
        Date.valueOf(period.start()),
        file.toAbsolutePath().toString(),
        Timestamp.from(at));
  }

  /** Notes who the report was e-mailed to. */
  public void emailed(String brand, Period period, String recipients) {
    jdbc.update(
        "UPDATE REPORT_ARCHIVE SET EMAILED_TO = ? WHERE BRAND = ? AND GRANULARITY = ? AND"
            + " PERIOD_LABEL = ?",
        recipients,
        brand,
        period.granularity().cliName(),
        period.label());
  }

  /** How many reports are archived. */
  public int count() {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM REPORT_ARCHIVE", Integer.class);
    return n == null ? 0 : n;
  }
}
