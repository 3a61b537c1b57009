package org.brandpulse.reporting.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Flags spikes and drops in a daily series against a seasonal baseline with a robust z-score.
 *
 * <p>Method, for each day {@code t} that has data, in date order, using only earlier days (no
 * look-ahead, so running it over history is a faithful backtest):
 *
 * <ol>
 *   <li>Baseline: the values on {@code t-7, t-14, ..., t-7N} ({@code N = baselineWeeks}) that have
 *       data, so weekday seasonality (quiet Sundays) is compared like with like.
 *   <li>Warm-up: with fewer than {@code minHistory} baseline values the day is not scored.
 *   <li>Score: {@code z = (x - median) / scale} with {@code scale = 1.4826 × MAD} (the median
 *       absolute deviation, scaled to match the standard deviation of normal data), floored at
 *       {@code max(minScale, minRelativeScale × |median|)} so a perfectly flat history does not
 *       turn a tiny wobble into an infinite score.
 *   <li>Flag when {@code |z| ≥ threshold}: a spike when positive, a drop when negative.
 *   <li>Cooldown: after a flag on day {@code d}, days {@code d+1 .. d+cooldownDays} are not flagged
 *       (either direction), so one event yields one alert.
 * </ol>
 *
 * Flagged values stay in later baselines; the median keeps a single outlier from moving them.
 */
public final class AnomalyDetector {

  /** Consistency constant making the MAD estimate the standard deviation for normal data. */
  public static final double MAD_TO_SIGMA = 1.4826;

  /**
   * Detector settings.
   *
   * @param baselineWeeks how many earlier same weekdays form the baseline (N)
   * @param minHistory how many of them must have data before a day is scored
   * @param threshold the |z| at or above which a day is flagged
   * @param cooldownDays days after a flag during which nothing else is flagged
   * @param minScale absolute floor for the scale
   * @param minRelativeScale floor for the scale as a fraction of the baseline median
   */
  public record Settings(
      int baselineWeeks,
      int minHistory,
      double threshold,
      int cooldownDays,
      double minScale,
      double minRelativeScale) {

    /** Eight weeks of baseline, four required, |z| ≥ 3.5, three days of cooldown, 5 % floor. */
    public static final Settings DEFAULTS = new Settings(8, 4, 3.5, 3, 1.0, 0.05);

    public Settings {
      if (baselineWeeks < 1 || minHistory < 1 || minHistory > baselineWeeks) {
        throw new IllegalArgumentException(
            "need 1 <= minHistory (" + minHistory + ") <= baselineWeeks (" + baselineWeeks + ")");
      }
      if (!(threshold > 0) || cooldownDays < 0 || !(minScale > 0) || minRelativeScale < 0) {
        throw new IllegalArgumentException(
            "need threshold > 0, cooldownDays >= 0, minScale > 0, minRelativeScale >= 0, got "
                + this.toString());
      }
    }

    /** A copy with another threshold. */
    public Settings withThreshold(double value) {
      return new Settings(
          baselineWeeks, minHistory, value, cooldownDays, minScale, minRelativeScale);
    }

    /** A copy with another cooldown. */
    public Settings withCooldownDays(int value) {
      return new Settings(baselineWeeks, minHistory, threshold, value, minScale, minRelativeScale);
    }
  }

  private final Settings settings;

  /** A detector with the given settings. */
  public AnomalyDetector(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The settings in use. */
  public Settings settings() {
    return settings;
  }

  /** Replays {@code series} day by day and returns what would have been flagged, in date order. */
  public List<Anomaly> detect(DailySeries series) {
    List<Anomaly> out = new ArrayList<>();
    LocalDate quietUntil = null;
    for (Map.Entry<LocalDate, Double> e : series.values().entrySet()) {
      LocalDate day = e.getKey();
      double[] history = baseline(series, day);
      if (history.length < settings.minHistory()) {
        continue;
      }
      double median = median(history);
      double[] deviations = new double[history.length];
      for (int i = 0; i < history.length; i++) {
        deviations[i] = Math.abs(history[i] - median);
      }
      double scale =
          Math.max(
              MAD_TO_SIGMA * median(deviations),
              Math.max(settings.minScale(), settings.minRelativeScale() * Math.abs(median)));
      double z = (e.getValue() - median) / scale;
      if (Math.abs(z) < settings.threshold()) {
        continue;
      }
      if (quietUntil != null && !day.isAfter(quietUntil)) {
        continue;
      }
      out.add(new Anomaly(series.name(), day, e.getValue(), median, scale, z, history.length));
      quietUntil = day.plusDays(settings.cooldownDays());
    }
    return out;
  }

  private double[] baseline(DailySeries series, LocalDate day) {
    double[] values = new double[settings.baselineWeeks()];
    int n = 0;
    for (int k = 1; k <= settings.baselineWeeks(); k++) {
      Double v = series.values().get(day.minusWeeks(k));
      if (v != null) {
        values[n++] = v;
      }
    }
    return Arrays.copyOf(values, n);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
