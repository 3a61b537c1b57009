package org.brandpulse.ingest.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.brandpulse.ingest.store.DedupCandidate;
import org.brandpulse.ingest.store.PostSort;

/**
 * Reads de-duplication candidates from doc values (id, created-at, reply-to, keys) instead of the
 * stored posts: no stored-field block is decompressed and no JSON parsed, which is what made
 * de-duplication the bulk of an ingest run.
 */
final class DedupDocValues {

  private DedupDocValues() {}

  /**
   * The posts in a created-at {@code range} that carry any of {@code keys}, oldest first (then by
   * id, as {@link PostSort#OLDEST} sorts), at most {@code limit}: the same answer as the key query
   * of {@link LucenePostStore#dedupCandidates}, found by walking the time range's doc values
   * instead of seeking every key in every segment. Cheaper when the range holds few posts for the
   * keys.
   */
  static List<DedupCandidate> scan(
      IndexSearcher searcher, Query range, Set<BytesRef> keys, int limit) throws IOException {
    List<Found> found = new ArrayList<>();
    searcher.search(
        range,
        new SimpleCollector() {
          private SortedDocValues ids;
          private NumericDocValues created;
          private SortedDocValues replyTo;
          private SortedSetDocValues dedup;

          @Override
          protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
            ids = DocValues.getSorted(leaf.reader(), PostDocuments.ID);
            created = DocValues.getNumeric(leaf.reader(), PostDocuments.CREATED_AT);
            replyTo = DocValues.getSorted(leaf.reader(), PostDocuments.REPLY_TO);
            dedup = DocValues.getSortedSet(leaf.reader(), PostDocuments.DEDUP);
          }

          @Override
          public void collect(int doc) throws IOException {
            if (!dedup.advanceExact(doc)) {
              return;
            }
            int count = dedup.docValueCount();
            List<String> keyList = new ArrayList<>(count);
            boolean wanted = false;
            for (int k = 0; k < count; k++) {
              BytesRef key = dedup.lookupOrd(dedup.nextOrd());
              wanted |= keys.contains(key);
              keyList.add(key.utf8ToString());
            }
            if (!wanted) {
              return;
            }
            if (!ids.advanceExact(doc) || !created.advanceExact(doc)) {
              throw new IOException(
                  "post document " + doc + " lacks its id or created-at doc values");
            }
            BytesRef id = BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()));
            String reply =
                replyTo.advanceExact(doc)
                    ? replyTo.lookupOrd(replyTo.ordValue()).utf8ToString()
                    : null;
            found.add(
                new Found(
                    id,
                    new DedupCandidate(
                        id.utf8ToString(),
                        Instant.ofEpochMilli(created.longValue()),
                        reply,
                        keyList)));
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    found.sort(
        Comparator.comparing((Found f) -> f.candidate().createdAt()).thenComparing(Found::id));
    List<DedupCandidate> out = new ArrayList<>(Math.min(limit, found.size()));
    for (int i = 0; i < found.size() && i < limit; i++) {
      out.add(found.get(i).candidate());
    }
    return out;
  }

  /** A candidate with its id's bytes, the order Lucene sorts ids in. */
  private record Found(BytesRef id, DedupCandidate candidate) {}

  /** The candidates of these hits, in the hits' order. */
  static List<DedupCandidate> read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Doc values iterate forwards: visit the hits in doc id order, answer in the hits' order.
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    DedupCandidate[] out = new DedupCandidate[hits.length];
    int leafIndex = -1;
    SortedDocValues ids = null;
    NumericDocValues created = null;
    SortedDocValues replyTo = null;
    SortedSetDocValues keys = null;
    LeafReaderContext leaf = null;
    for (int i : order) {
      int doc = hits[i].doc;
      int sub = ReaderUtil.subIndex(doc, leaves);
      if (sub != leafIndex) {
        leafIndex = sub;
        leaf = leaves.get(sub);
        ids = DocValues.getSorted(leaf.reader(), PostDocuments.ID);
        created = DocValues.getNumeric(leaf.reader(), PostDocuments.CREATED_AT);
        replyTo = DocValues.getSorted(leaf.reader(), PostDocuments.REPLY_TO);
        keys = DocValues.getSortedSet(leaf.reader(), PostDocuments.DEDUP);
      }
      int local = doc - leaf.docBase;
      if (!ids.advanceExact(local) || !created.advanceExact(local)) {
        throw new IOException("post document " + doc + " lacks its id or created-at doc values");
      }
      String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
      String reply =
          replyTo.advanceExact(local) ? replyTo.lookupOrd(replyTo.ordValue()).utf8ToString() : null;
      List<String> keyList = new ArrayList<>(5);
      if (keys.advanceExact(local)) {
        for (int k = 0; k < keys.docValueCount(); k++) {
          keyList.add(keys.lookupOrd(keys.nextOrd()).utf8ToString());
        }
      }
      out[i] = new DedupCandidate(id, Instant.ofEpochMilli(created.longValue()), reply, keyList);
    }
    return List.of(out);
  }
}
