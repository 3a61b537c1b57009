package org.brandpulse.app.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.brandpulse.app.serve.ScheduledJob;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code report} job under {@code serve}: the last complete week's report of every brand,
 * archived and e-mailed to the brand's recipients when SMTP is configured; on the first day of a
 * month also the previous month's.
 */
@Component
public class ReportSchedule implements ScheduledJob {

  private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

  private final ReportService reports;

  public ReportSchedule(ReportService reports) {
    this.reports = reports;
  }

  @Override
  public String name() {
    return "report";
  }

  @Override
  public void run(Instant now) throws Exception {
    List<Granularity> due = List.of(Granularity.WEEK);
    LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
    if (today.getDayOfMonth() == 1) {
      due = List.of(Granularity.WEEK, Granularity.MONTH);
    }
    for (Granularity g : due) {
      Period period = ReportService.lastComplete(g, today);
      for (ReportService.Generated r : reports.generate(List.of(), period, null, now)) {
        log.info("report {} {} written to {}", r.brand(), period, r.file());
        // queued in the outbox even without a mail server: sent once one is configured
        ReportService.Emailing e = reports.email(r, reports.from(), now);
        if (!e.recipients().isEmpty()) {
          log.info(
              "report {} {} for {}: {}",
              r.brand(),
              period,
              e.recipients(),
              e.alreadyQueued() ? "e-mailed before, not sent again" : e.delivery());
        }
      }
    }
  }
}
