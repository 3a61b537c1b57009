package org.brandpulse.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.brandpulse.app.report.ReportService;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code brandpulse report}: writes the period report of every configured brand. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the period report of each configured brand as DIR/<brand>-<period>.html (one"
          + " self-contained file: charts with their data tables, works offline) and prints the"
          + " paths. Reports are also indexed in the archive.",
      "Sections: headline KPIs, traffic, landing pages, mentions and sentiment, share of voice,"
          + " trending keywords, top posts, the brand's own posts, complaints, SEO health,"
          + " anomalies, data coverage."
    })
public class ReportCommand implements Callable<Integer> {

  @ParentCommand BrandpulseCommand parent;
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      description = "Folder to write to (default: the archive, dataDir/reports/<brand>/).")
  Path out;

  @Option(
      names = "--period",
      defaultValue = "week",
      description = "week (default, ISO), month, quarter, year or day.")
  String period;

  @Option(
      names = "--date",
      description = "A day in the period to report (default: the last complete period).")
  LocalDate date;

  @Option(names = "--brand", description = "Only this brand (repeatable; default: all).")
  List<String> brands = new ArrayList<>();

  @Option(
      names = "--email",
      description = "Also e-mail each report to its brand's recipients (needs spring.mail.host).")
  boolean email;

  @Option(names = "--from", description = "Sender address of the e-mails (default: alerts.from).")
  String from;

  @Override
  public Integer call() throws Exception {
    Granularity g;
    try {
      g = Granularity.parse(period);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
    }
    BrandpulseSettings settings = parent.settingsWithBrands("report");
    CliEnvironment env = parent.environment();
    for (String b : brands) {
      if (settings.brands().stream().noneMatch(x -> x.name().equals(b))) {
        throw new ParameterException(
            spec.commandLine(),
            "--brand: '"
                + b
                + "' is not configured; configured: "
                + settings.brands().stream().map(x -> x.name()).toList());
      }
    }
    try (ConfigurableApplicationContext context = AppContext.start(settings, env.clock())) {
      ReportService reports = context.getBean(ReportService.class);
      String first = brands.isEmpty() ? settings.brands().get(0).name() : brands.get(0);
      Period p =
          date != null
              ? Period.containing(g, date)
              : ReportService.lastComplete(
                  g, LocalDate.now(env.clock().withZone(reports.zone(first))));
      if (email && !reports.mailConfigured()) {
        spec.commandLine()
            .getErr()
            .println(
                "brandpulse: --email needs an SMTP server: set SPRING_MAIL_HOST and"
                    + " SPRING_MAIL_PORT");
        return ExitCodes.CONFIG;
      }
      var written =
          reports.generate(brands, p, out, env.clock().instant().truncatedTo(ChronoUnit.SECONDS));
      var o = spec.commandLine().getOut();
      for (ReportService.Generated r : written) {
        o.println(r.file().toAbsolutePath());
        if (email) {
          ReportService.Emailing e =
              reports.email(r, from != null ? from : reports.from(), env.clock().instant());
          String to = String.join(", ", e.recipients());
          spec.commandLine()
              .getErr()
              .println(
                  e.recipients().isEmpty()
                      ? r.brand() + ": no recipients configured, not e-mailed"
                      : e.alreadyQueued()
                          ? r.brand() + ": e-mailed to " + to + " before; not sent again"
                          : e.delivered()
                              ? r.brand() + ": e-mailed to " + to
                              : r.brand()
                                  + ": e-mail to "
                                  + to
                                  + " waits in the outbox ("
                                  + e.delivery()
                                  + "); the next run of alerts or report sends it");
        }
      }
      return ExitCodes.OK;
    }
  }
}
