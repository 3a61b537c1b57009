package org.brandpulse.app.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brandpulse.app.ingest.SkipReport;
import org.brandpulse.app.settings.MetricSourceSettings;
import org.brandpulse.app.settings.SiteSettings;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.accesslog.AccessLogSource;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports one site source: fetches a batch, replaces the stored days it covers, records what was
 * skipped. File sources return what their files hold; API sources are asked for the days since the
 * last import minus their revision window (the first import backfills {@value #BACKFILL_DAYS}
 * days), up to yesterday.
 */
@Component
public class MetricsImporter {

  /** Days an API source's first import reaches back. */
  public static final int BACKFILL_DAYS = 90;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * What an import stored.
   *
   * @param site the site
   * @param batch what the source returned
   * @param rows rows written
   * @param accessLog the access log totals, or null for other sources
   */
  public record Outcome(
      String site, MetricsBatch batch, int rows, AccessLogSource.Result accessLog) {

    /** The totals as a map, for JSON output and the import record. */
    public Map<String, Object> totals() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("site", site);
      out.put("source", batch.source());
      out.put("from", batch.from().toString());
      out.put("to", batch.to().toString());
      out.put("rows", rows);
      out.put("skipped", batch.skipped().size());
      if (accessLog != null) {
        var s = accessLog.summary();
        var r = accessLog.report();
        out.put("lines", s.lines());
        out.put("malformedLines", s.malformedLines());
        out.put("requests", r.requests());
        out.put("botRequests", r.botRequests());
        out.put("botAgentRequests", r.botAgentRequests());
        out.put("behaviourBotRequests", r.behaviourBotRequests());
        out.put("lateRecords", r.lateRecords());
        out.put("pageviews", r.pageviews());
        out.put("sessions", r.sessions());
        out.put("bounces", r.bounces());
        out.put("visitors", r.visitors());
        out.put("conversions", r.conversions());
        Map<String, Object> filtered = new LinkedHashMap<>();
        r.filtered().forEach((reason, n) -> filtered.put(reason.id(), n));
        out.put("filtered", filtered);
        out.put("failedFiles", s.failedFiles());
      }
      return out;
    }
  }

  private final MetricsRepository repository;
  private final MetricSourceFactory factory;
  private final SkipReport skips;
  private final Clock clock;

  public MetricsImporter(
      MetricsRepository repository, MetricSourceFactory factory, SkipReport skips, Clock clock) {
    this.repository = repository;
    this.factory = factory;
    this.skips = skips;
    this.clock = clock;
  }

  /** Imports a configured source of a site. */
  public Outcome importSource(SiteSettings site, MetricSourceSettings settings, Long jobExecutionId)
      throws SourceException {
    MetricsSource source = factory.create(site, settings);
    LocalDate yesterday = LocalDate.now(clock.withZone(ZoneId.of(site.zone()))).minusDays(1);
    LocalDate from = yesterday.minusDays(BACKFILL_DAYS - 1L);
    int revision = revisionDays(settings);
    var last =
        repository.coverage(site.name()).stream()
            .filter(c -> c.source().equals(settings.name()))
            .findFirst();
    if (last.isPresent()) {
      LocalDate again = last.get().last().minusDays(Math.max(0, revision - 1L));
      from = again.isAfter(yesterday) ? yesterday : again;
    }
    return store(site.name(), source, from, yesterday, jobExecutionId);
  }

  /** Fetches from a source (the range matters to API sources only) and stores the batch. */
  public Outcome store(
      String site, MetricsSource source, LocalDate from, LocalDate to, Long jobExecutionId)
      throws SourceException {
    if (source instanceof AccessLogSource logs) {
      return store(site, logs.read(), jobExecutionId);
    }
    return store(site, source.fetch(from, to), null, jobExecutionId);
  }

  /**
   * Stores what an access-log source read ({@link AccessLogSource#read}); the CLI reads the log
   * while the application context is still starting.
   */
  public Outcome store(String site, AccessLogSource.Result accessLog, Long jobExecutionId) {
    return store(site, accessLog.batch(), accessLog, jobExecutionId);
  }

  private Outcome store(
      String site, MetricsBatch batch, AccessLogSource.Result accessLog, Long jobExecutionId) {
    Outcome preview = new Outcome(site, batch, batch.values().size(), accessLog);
    String summary = JSON.writeValueAsString(preview.totals());
    int rows =
        accessLog != null
            ? repository.replaceContributions(site, batch, accessLog.contributions(), summary)
            : repository.replace(site, batch, summary);
    for (SkippedRecord s : batch.skipped()) {
      skips.record(
          jobExecutionId,
          new SkippedRecord(site + "/" + s.source(), s.location(), s.reason(), s.text()));
    }
    return new Outcome(site, batch, rows, accessLog);
  }

  private static int revisionDays(MetricSourceSettings s) {
    if (s instanceof MetricSourceSettings.Matomo m) {
      return m.revisionDays();
    }
    if (s instanceof MetricSourceSettings.Plausible p) {
      return p.revisionDays();
    }
    return 0;
  }
}
