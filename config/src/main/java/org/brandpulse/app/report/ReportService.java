package org.brandpulse.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.app.mail.MailQueue;
import org.brandpulse.app.mail.OutboxDelivery;
import org.brandpulse.app.settings.BrandSettings;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SiteSettings;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.reporting.chart.PngRasterizer;
import org.brandpulse.reporting.chart.SvgChartRenderer;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.period.SiteRef;
import org.brandpulse.reporting.report.EmailParts;
import org.brandpulse.reporting.report.ReportEmail;
import org.brandpulse.reporting.report.ReportHtmlRenderer;
import org.brandpulse.reporting.report.ReportModel;
import org.brandpulse.reporting.report.build.ReportBuilder;
import org.brandpulse.reporting.report.build.ReportData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates, archives and e-mails period reports. Files are named {@code <brand>-<period>.html}
 * (brand in lower case, {@code [a-z0-9-]}; period label such as {@code 2026-W47} or {@code
 * 2026-11}); the archive copy lives under {@code dataDir/reports/<brand>/}.
 */
@Component
public class ReportService implements AutoCloseable {

  /** Default SLA in hours for complaint rows when alerts are not configured otherwise. */
  public static final int DEFAULT_SLA_HOURS = 4;

  /**
   * One generated report.
   *
   * @param brand the brand
   * @param period the period
   * @param file where it was written
   * @param model what it shows
   */
  public record Generated(String brand, Period period, Path file, ReportModel model) {}

  private final BrandpulseSettings settings;
  private final ReportBuilder builder;
  private final ReportArchiveStore archive;
  private final ObjectProvider<JavaMailSender> mail;
  private final MailQueue queue;
  private final TransactionTemplate tx;
  private final ReportHtmlRenderer html = new ReportHtmlRenderer();
  private SvgChartRenderer svg;
  private ReportEmail email;

  public ReportService(
      BrandpulseSettings settings,
      ReportData data,
      ReportArchiveStore archive,
      ObjectProvider<JavaMailSender> mail,
      MailQueue queue,
      PlatformTransactionManager transactionManager) {
    this.settings = settings;
    this.builder = new ReportBuilder(data);
    this.archive = archive;
    this.mail = mail;
    this.queue = queue;
    this.tx = new TransactionTemplate(transactionManager);
  }

  /** The file-name form of a brand: lower case letters, digits and dashes. */
  public static String slug(String brand) {
    String s = brand.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "brand" : s;
  }

  /** The last complete period of {@code g} before {@code today}. */
  public static Period lastComplete(Granularity g, LocalDate today) {
    Period p = Period.containing(g, today.minusDays(1));
    return p.end().isBefore(today) ? p : p.previous();
  }

  /**
   * Builds the reports of every brand (or the named ones) for a period, writes them to {@code
   * outDir} (null: the archive folder) and archives them.
   */
  public List<Generated> generate(List<String> brands, Period period, Path outDir, Instant now)
      throws StoreException, IOException {
    List<Generated> out = new ArrayList<>();
    for (BrandSettings brand : settings.brands()) {
      if (!brands.isEmpty() && !brands.contains(brand.name())) {
        continue;
      }
      ReportModel model = builder.build(brand.ref(), site(brand), period, now, DEFAULT_SLA_HOURS);
      Path dir =
          outDir != null
              ? outDir
              : settings.dataDir().resolve("reports").resolve(slug(brand.name()));
      Files.createDirectories(dir);
      Path file = dir.resolve(slug(brand.name()) + "-" + period.label() + ".html");
      html.write(model, file);
      archive.save(brand.name(), period, file, now);
      out.add(new Generated(brand.name(), period, file, model));
    }
    return out;
  }

  /** The brand's first site, or null. */
  private SiteRef site(BrandSettings brand) {
    return settings.sites().stream()
        .filter(s -> brand.name().equalsIgnoreCase(s.brand()))
        .findFirst()
        .map(SiteSettings::ref)
        .orElse(null);
  }

  /** The sender of report e-mails: the configured {@code alerts.from}. */
  public String from() {
    return settings.alerts().from();
  }

  /** Whether SMTP is configured ({@code spring.mail.host}). */
  public boolean mailConfigured() {
    return mail.getIfAvailable() != null;
  }

  /**
   * What e-mailing a report did.
   *
   * @param recipients its brand's recipients (empty: none configured, nothing queued)
   * @param alreadyQueued the report of this brand and period was e-mailed before: not sent again
   * @param delivery what the outbox delivery that followed did
   */
  public record Emailing(
      List<String> recipients, boolean alreadyQueued, OutboxDelivery.Result delivery) {

    /** Sent now, or proven sent before. */
    public boolean delivered() {
      return !alreadyQueued
          && delivery != null
          && delivery.pending() == 0
          && delivery.failed() == 0;
    }
  }

  /**
   * E-mails a generated report to its brand's recipients, exactly once per brand and period:
   * summary body with KPIs and PNG charts, the HTML report attached. The message is queued in the
   * alert outbox (stable Message-ID) in the same transaction that marks the archive, then
   * delivered; a crash anywhere leaves it sent once, or waiting in the outbox for the next run.
   */
  public Emailing email(Generated report, String from, Instant now) {
    BrandSettings brand =
        settings.brands().stream()
            .filter(b -> b.name().equals(report.brand()))
            .findFirst()
            .orElseThrow();
    if (brand.recipients().isEmpty()) {
      return new Emailing(List.of(), false, null);
    }
    String key = "report:" + slug(brand.name()) + ":" + report.period().label();
    if (queue.queued(key)) {
      return new Emailing(brand.recipients(), true, queue.deliver());
    }
    EmailParts parts = emailComposer().compose(report.model());
    tx.executeWithoutResult(
        s -> {
          if (queue.queueReport(key, brand.name(), brand.recipients(), parts, from, now)) {
            archive.emailed(report.brand(), report.period(), String.join(", ", brand.recipients()));
          }
        });
    return new Emailing(brand.recipients(), false, queue.deliver());
  }

  /** One composer per service: the chart engine and the font lookup are built on first use. */
  private synchronized ReportEmail emailComposer() {
    if (email == null) {
      svg = new SvgChartRenderer();
      email = new ReportEmail(html, svg, new PngRasterizer());
    }
    return email;
  }

  /** The zone reports count days in: the brand's site zone or UTC. */
  public ZoneId zone(String brand) {
    return settings.sites().stream()
        .filter(s -> brand.equalsIgnoreCase(s.brand()))
        .map(s -> ZoneId.of(s.zone()))
        .findFirst()
        .orElse(ZoneId.of("UTC"));
  }

  @Override
  public synchronized void close() {
    if (svg != null) {
      svg.close();
      svg = null;
      email = null;
    }
  }
}
