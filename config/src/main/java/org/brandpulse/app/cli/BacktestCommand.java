package org.brandpulse.app.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.Callable;
import org.brandpulse.app.metrics.MetricsRepository;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SiteSettings;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.reporting.complaints.NeedsReply;
import org.brandpulse.reporting.period.Anomaly;
import org.brandpulse.reporting.period.AnomalyDetector;
import org.brandpulse.reporting.period.DailySeries;
import org.brandpulse.reporting.period.PostCounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code brandpulse metrics backtest}: replays the anomaly detector over stored history. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Replays the spike/drop detector day by day over stored history (each day scored only"
          + " against earlier days) and prints what it would have flagged.",
      "Method: the same weekday of the last N weeks as baseline, robust z = (value - median) /"
          + " (1.4826 x MAD), flagged at |z| >= threshold after a minimum history, then a cooldown.",
      "Traffic: --site with --metric (and --dimension/--key). Social: --brand with --series"
          + " mentions, negative or complaints."
    })
class BacktestCommand implements Callable<Integer> {

  @ParentCommand MetricsCommand metrics;
  @Spec CommandSpec spec;

  @Option(names = "--site", description = "A site's traffic.")
  String site;

  @Option(
      names = "--metric",
      defaultValue = "sessions",
      description = "visitors, sessions (default), pageviews, bounces, conversions, clicks, ...")
  String metric;

  @Option(
      names = "--dimension",
      defaultValue = "total",
      description = "total (default), channel, landing_page, ... with --key.")
  String dimension;

  @Option(names = "--key", description = "The breakdown value, e.g. Social.")
  String key;

  @Option(names = "--source", description = "The metrics source (default: the fullest one).")
  String source;

  @Option(names = "--brand", description = "A brand's posts instead of a site's traffic.")
  String brand;

  @Option(
      names = "--series",
      defaultValue = "mentions",
      description = "With --brand: mentions (default), negative or complaints.")
  String series;

  @Option(names = "--days", defaultValue = "365", description = "History replayed (default 365).")
  int days;

  @Option(
      names = "--threshold",
      description = "|z| at or above which a day is flagged (default 3.5).")
  Double threshold;

  @Option(names = "--cooldown", description = "Days after a flag with no flag (default 3).")
  Integer cooldown;

  @Option(names = "--json", description = "One JSON object instead of the lines.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if ((site == null) == (brand == null)) {
      throw new ParameterException(spec.commandLine(), "give either --site or --brand");
    }
    if (days < 14) {
      throw new ParameterException(spec.commandLine(), "--days must be >= 14");
    }
    AnomalyDetector.Settings s = AnomalyDetector.Settings.DEFAULTS;
    if (threshold != null) {
      s = s.withThreshold(threshold);
    }
    if (cooldown != null) {
      s = s.withCooldownDays(cooldown);
    }
    BrandpulseSettings settings = metrics.parent.settings();
    try (ConfigurableApplicationContext context =
        AppContext.start(settings, metrics.parent.environment().clock())) {
      DailySeries history;
      try {
        history = site != null ? traffic(settings, context) : social(settings, context);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      List<Anomaly> flagged = new AnomalyDetector(s).detect(history);
      var out = spec.commandLine().getOut();
      if (json) {
        List<Object> rows = new ArrayList<>();
        for (Anomaly a : flagged) {
          rows.add(
              MetricsCommand.map(
                  "day", a.day().toString(),
                  "direction", a.direction().name().toLowerCase(Locale.ROOT),
                  "value", a.value(),
                  "baseline", a.baseline(),
                  "score", Json.round4(a.score()),
                  "history", a.history()));
        }
        out.println(
            Json.MAPPER_LINE.apply(
                MetricsCommand.map(
                    "series", history.name(),
                    "days", history.values().size(),
                    "threshold", s.threshold(),
                    "cooldownDays", s.cooldownDays(),
                    "flagged", rows)));
      } else {
        out.printf(
            Locale.ROOT,
            "%s: %d days replayed, baseline %d weeks (min %d), |z| >= %.1f, cooldown %d days:"
                + " %d flagged%n",
            history.name(),
            history.values().size(),
            s.baselineWeeks(),
            s.minHistory(),
            s.threshold(),
            s.cooldownDays(),
            flagged.size());
        flagged.forEach(a -> out.println("  " + a.describe()));
      }
      return ExitCodes.OK;
    }
  }

  private DailySeries traffic(BrandpulseSettings settings, ConfigurableApplicationContext context) {
    SiteSettings siteSettings = settings.siteOrAdHoc(site);
    Metric m = Metric.ofId(metric);
    Dimension d = Dimension.ofId(dimension);
    if (d != Dimension.TOTAL && key == null) {
      throw new IllegalArgumentException("--dimension " + d.id() + " needs --key");
    }
    MetricsRepository repo = context.getBean(MetricsRepository.class);
    String from = source != null ? source : repo.primarySource(site, m);
    if (from == null) {
      throw new IllegalArgumentException("site '" + site + "' has no " + m.id() + " stored yet");
    }
    LocalDate end =
        LocalDate.now(metrics.parent.environment().clock().withZone(ZoneId.of(siteSettings.zone())))
            .minusDays(1);
    NavigableMap<LocalDate, Double> values =
        repo.series(
            site, from, d, d == Dimension.TOTAL ? null : key, m, end.minusDays(days - 1L), end);
    String name = site + " " + m.id() + (d == Dimension.TOTAL ? "" : " " + d.id() + "=" + key);
    return DailySeries.of(name, values);
  }

  private DailySeries social(BrandpulseSettings settings, ConfigurableApplicationContext context)
      throws Exception {
    boolean known =
        settings.brands().stream()
            .anyMatch(
                b ->
                    b.name().equals(brand)
                        || b.competitors().stream().anyMatch(c -> c.name().equals(brand)));
    if (!known) {
      throw new IllegalArgumentException("--brand: '" + brand + "' is not a configured brand");
    }
    PostFilter filter = PostFilter.ALL.brands(Set.of(brand));
    filter =
        switch (series) {
          case "mentions" -> filter;
          case "negative" -> filter.sentiments(Set.of(SentimentLabel.NEGATIVE));
          case "complaints" -> NeedsReply.complaints(filter);
          default ->
              throw new IllegalArgumentException(
                  "--series: '" + series + "'; accepted: mentions, negative, complaints");
        };
    LocalDate end =
        LocalDate.now(metrics.parent.environment().clock().withZone(ZoneId.of("UTC"))).minusDays(1);
    NavigableMap<LocalDate, Double> values =
        PostCounts.daily(
            context.getBean(PostStore.class),
            filter,
            ZoneId.of("UTC"),
            end.minusDays(days - 1L),
            end);
    return DailySeries.of(brand + " " + series, values);
  }
}
