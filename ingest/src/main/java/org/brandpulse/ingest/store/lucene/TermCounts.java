package org.brandpulse.ingest.store.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of a sorted-set doc-values field over the matching documents: per segment by
 * ordinal into an array (no per-hit string work), then the non-zero ordinals are looked up once. A
 * document with several values counts once for each.
 */
final class TermCounts implements CollectorManager<TermCounts.Counter, Map<String, Long>> {

  private final String field;

  TermCounts(String field) {
    this.field = field;
  }

  @Override
  public Counter newCollector() {
    return new Counter(field);
  }

  @Override
  public Map<String, Long> reduce(Collection<Counter> counters) throws IOException {
    Map<String, Long> total = new HashMap<>();
    for (Counter counter : counters) {
      counter.flush();
      counter.counts.forEach((term, n) -> total.merge(term, n, Long::sum));
    }
    return total;
  }

  static final class Counter implements Collector {
    private final String field;
    private final Map<String, Long> counts = new HashMap<>();
    private SortedSetDocValues pendingValues;
    private int[] pendingCounts;

    Counter(String field) {
      this.field = field;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      flush();
      SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
      int[] ordCounts = new int[Math.toIntExact(values.getValueCount())];
      // A second instance for the lookups at flush: the one above only moves forward.
      pendingValues = DocValues.getSortedSet(context.reader(), field);
      pendingCounts = ordCounts;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (values.advanceExact(doc)) {
            for (int i = 0, n = values.docValueCount(); i < n; i++) {
              ordCounts[(int) values.nextOrd()]++;
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    void flush() throws IOException {
      if (pendingCounts == null) {
        return;
      }
      for (int ord = 0; ord < pendingCounts.length; ord++) {
        if (pendingCounts[ord] > 0) {
          counts.merge(
              pendingValues.lookupOrd(ord).utf8ToString(), (long) pendingCounts[ord], Long::sum);
        }
      }
      pendingCounts = null;
      pendingValues = null;
    }
  }
}
