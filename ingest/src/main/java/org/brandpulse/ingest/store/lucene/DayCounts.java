package org.brandpulse.ingest.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts matching documents per zone-local calendar day of their created-at doc value. The bounds
 * of the last day seen are cached, so a run of posts from one day costs two comparisons each; day
 * lengths come from the zone's rules (23 and 25 hour days at daylight-saving changes).
 */
final class DayCounts implements CollectorManager<DayCounts.Counter, SortedMap<LocalDate, Long>> {

  private final ZoneId zone;

  DayCounts(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public Counter newCollector() {
    return new Counter(zone);
  }

  @Override
  public SortedMap<LocalDate, Long> reduce(Collection<Counter> counters) {
    SortedMap<LocalDate, Long> total = new TreeMap<>();
    for (Counter counter : counters) {
      counter.counts.forEach((day, n) -> total.merge(day, n, Long::sum));
    }
    return total;
  }

  static final class Counter implements Collector {
    private final ZoneId zone;
    private final SortedMap<LocalDate, Long> counts = new TreeMap<>();
    private long dayStart = 1;
    private long dayEnd = 0;
    private LocalDate day;

    Counter(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      NumericDocValues created = DocValues.getNumeric(context.reader(), PostDocuments.CREATED_AT);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (created.advanceExact(doc)) {
            count(created.longValue());
          }
        }
      };
    }

    private void count(long millis) {
      if (millis < dayStart || millis >= dayEnd) {
        day = Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
        dayStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
        dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
      }
      counts.merge(day, 1L, Long::sum);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
