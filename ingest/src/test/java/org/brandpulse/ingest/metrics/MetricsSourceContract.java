package org.brandpulse.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MetricsSource} promises, run against each implementation over its real or
 * recorded input: its batches carry its name, reading again gives the same batch (a restarted job
 * stores the same rows), no day, dimension, key and metric comes twice (a store would keep only
 * one), everything lies inside the batch's range, every skipped record says where and why, and the
 * sessions of a day's channels never add up to more than the day's sessions (each session has one
 * channel; a top-N export may list fewer).
 */
public abstract class MetricsSourceContract {

  /** A source over the implementation's input; a new one each call. */
  protected abstract MetricsSource source() throws Exception;

  /** The first day to read. */
  protected abstract LocalDate from();

  /** The last day to read. */
  protected abstract LocalDate to();

  private MetricsBatch fetch() throws Exception {
    return source().fetch(from(), to());
  }

  private static final Comparator<MetricValue> ORDER =
      Comparator.comparing(MetricValue::day)
          .thenComparing(MetricValue::dimension)
          .thenComparing(MetricValue::key)
          .thenComparing(MetricValue::metric);

  private static List<MetricValue> sorted(MetricsBatch b) {
    return b.values().stream().sorted(ORDER).toList();
  }

  @Test
  void aBatchCarriesTheSourcesNameAndSomeValues() throws Exception {
    MetricsSource source = source();
    MetricsBatch batch = source.fetch(from(), to());
    assertThat(source.name()).isNotBlank();
    assertThat(batch.source()).isEqualTo(source.name());
    assertThat(batch.values()).isNotEmpty();
  }

  @Test
  void readingAgainGivesTheSameBatch() throws Exception {
    MetricsBatch first = fetch();
    MetricsBatch second = fetch();
    assertThat(second.from()).isEqualTo(first.from());
    assertThat(second.to()).isEqualTo(first.to());
    assertThat(sorted(second)).isEqualTo(sorted(first));
    assertThat(second.ranges()).containsExactlyInAnyOrderElementsOf(first.ranges());
    assertThat(second.skipped()).isEqualTo(first.skipped());
  }

  @Test
  void noValueComesTwice() throws Exception {
    Set<List<Object>> seen = new HashSet<>();
    for (MetricValue v : fetch().values()) {
      assertThat(seen.add(List.of(v.day(), v.dimension(), v.key(), v.metric())))
          .as("%s %s '%s' %s comes twice", v.day(), v.dimension(), v.key(), v.metric())
          .isTrue();
    }
  }

  @Test
  void everythingLiesInsideTheBatchRange() throws Exception {
    MetricsBatch batch = fetch();
    assertThat(batch.from()).isBeforeOrEqualTo(batch.to());
    for (MetricValue v : batch.values()) {
      assertThat(v.day()).isBetween(batch.from(), batch.to());
      assertThat(v.value()).isFinite().isGreaterThanOrEqualTo(0);
    }
    for (RangeTotal r : batch.ranges()) {
      assertThat(r.from()).isAfterOrEqualTo(batch.from());
      assertThat(r.to()).isBeforeOrEqualTo(batch.to());
    }
  }

  @Test
  void everySkippedRecordSaysWhereAndWhy() throws Exception {
    fetch()
        .skipped()
        .forEach(
            s -> {
              assertThat(s.location()).isNotBlank();
              assertThat(s.reason()).isNotBlank();
            });
  }

  @Test
  void channelsNeverAddUpToMoreThanTheDaysTotal() throws Exception {
    Map<List<Object>, Double> totals = new HashMap<>();
    Map<List<Object>, Double> channels = new HashMap<>();
    for (MetricValue v : fetch().values()) {
      if (v.metric() != Metric.SESSIONS) {
        continue;
      }
      if (v.dimension() == Dimension.TOTAL) {
        totals.put(List.of(v.day()), v.value());
      } else if (v.dimension() == Dimension.CHANNEL) {
        channels.merge(List.of(v.day()), v.value(), Double::sum);
      }
    }
    channels.forEach(
        (day, sum) -> {
          Double total = totals.get(day);
          if (total != null) {
            assertThat(sum).as("sessions by channel on %s", day).isLessThanOrEqualTo(total + 1e-6);
          }
        });
  }
}
