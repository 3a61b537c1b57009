package org.brandpulse.app.complaints;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brandpulse.app.cli.AppContext;
import org.brandpulse.app.cli.BrandpulseCommand;
import org.brandpulse.app.cli.ExitCodes;
import org.brandpulse.app.settings.AlertSettings;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.reporting.complaints.ReplyTimes;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code brandpulse alerts}: runs the {@code complaintAlerts} job once. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "Opens complaint cases for stored posts that need a reply, closes those the brand answered,"
          + " e-mails urgent cases at once, the rest in a digest, and escalates cases past their"
          + " SLA; prints how many e-mails it sent.",
      "SMTP is configured the Spring Boot way, e.g. SPRING_MAIL_HOST=127.0.0.1"
          + " SPRING_MAIL_PORT=2525; without a mail server the e-mails wait in the outbox.",
      "Exit code 0 when the job completed, 1 when it failed or an e-mail could not be sent."
    })
public class AlertsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(
      names = "--reply-times",
      description =
          "Also print each brand's time to first reply (cases of the last alerts.lookbackDays"
              + " days: answered by an own handle, median, 90th percentile, within the SLA).")
  boolean replyTimes;

  @Override
  public Integer call() throws Exception {
    BrandpulseCommand root = BrandpulseCommand.of(spec);
    BrandpulseSettings settings = root.settingsWithBrands("alerts");
    try (ConfigurableApplicationContext ctx =
        AppContext.start(settings, root.environment().clock())) {
      AlertRun run = ctx.getBean(ComplaintAlertsJob.class).run(root.environment().now());
      print(spec.commandLine().getOut(), run);
      if (replyTimes) {
        java.time.Instant now = root.environment().now();
        AlertSettings alerts = ctx.getBean(AlertSettings.class);
        printReplyTimes(
            spec.commandLine().getOut(),
            ctx.getBean(CaseStore.class)
                .replyTimes(
                    now.minus(java.time.Duration.ofDays(alerts.lookbackDays())),
                    now,
                    java.time.Duration.ofHours(alerts.slaHours())),
            alerts);
      }
      return "COMPLETED".equals(run.status()) && run.failed() == 0
          ? ExitCodes.OK
          : ExitCodes.FAILED;
    }
  }

  static void printReplyTimes(
      PrintWriter out, java.util.Map<String, ReplyTimes> byBrand, AlertSettings alerts) {
    out.printf(
        Locale.ROOT,
        "Time to first reply (complaints of the last %d days, SLA %d h):%n",
        alerts.lookbackDays(),
        alerts.slaHours());
    out.printf(
        Locale.ROOT,
        "  %-24s %6s %9s %9s %9s %10s%n",
        "brand",
        "cases",
        "answered",
        "median",
        "p90",
        "within SLA");
    int cases = 0;
    int answered = 0;
    for (var e : byBrand.entrySet()) {
      ReplyTimes t = e.getValue();
      cases += t.cases();
      answered += t.answered();
      out.printf(
          Locale.ROOT,
          "  %-24s %6d %8.0f%% %9s %9s %10d%n",
          e.getKey(),
          t.cases(),
          100 * t.answeredShare(),
          ReplyTimes.format(t.median()),
          ReplyTimes.format(t.p90()),
          t.withinSla());
    }
    out.printf(
        Locale.ROOT, "  %-24s %6d %8.0f%%%n", "all", cases, 100.0 * answered / Math.max(1, cases));
    out.flush();
  }

  static void print(PrintWriter out, AlertRun r) {
    out.printf(
        Locale.ROOT,
        "Complaint alerts: %d cases opened, %d closed by a brand reply, %d e-mails planned%n",
        r.opened(),
        r.replied(),
        r.planned());
    if (r.backfilled() > 0) {
      out.printf(
          Locale.ROOT,
          "%d older complaints (written before alerts.lookbackDays) put in the inbox as"
              + " backfilled, without e-mails%n",
          r.backfilled());
    }
    out.printf(Locale.ROOT, "Sent %d e-mails%n", r.sent());
    if (r.provenSent() > 0) {
      out.printf(
          Locale.ROOT,
          "%d e-mails interrupted by a crash were found in the journal (not sent again)%n",
          r.provenSent());
    }
    if (r.failed() > 0) {
      out.printf(Locale.ROOT, "%d sending attempts failed (retried next run)%n", r.failed());
    }
    if (r.noMailServer()) {
      out.printf(
          Locale.ROOT,
          "No mail server configured (set SPRING_MAIL_HOST and SPRING_MAIL_PORT): %d e-mails"
              + " wait in the outbox%n",
          r.pending());
    } else if (r.pending() > 0) {
      out.printf(Locale.ROOT, "%d e-mails still unsent%n", r.pending());
    }
    if (!"COMPLETED".equals(r.status())) {
      out.printf(Locale.ROOT, "The job ended %s; the next run carries on%n", r.status());
    }
    out.flush();
  }
}
