package org.brandpulse.ingest.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
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
   * The posts created in {@code [lo, hi]} (epoch millis) that carry any of {@code keys}, oldest
   * first (then by id, as {@link PostSort#OLDEST} sorts), at most {@code limit}: the same answer as
   * {@link #seek}, found by walking the time range's doc values instead of seeking every key in
   * every segment. Cheaper when the range holds few posts for the keys.
   */
  static List<DedupCandidate> scan(
      IndexSearcher searcher, long lo, long hi, Set<BytesRef> keys, int limit) throws IOException {
    List<Found> found = new ArrayList<>();
    searcher.search(
        LongPoint.newRangeQuery(PostDocuments.CREATED_AT, lo, hi),
        new SimpleCollector() {
          private LeafValues values;

          @Override
          protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
            values = new LeafValues(leaf);
          }

          @Override
          public void collect(int doc) throws IOException {
            Found f = values.read(doc, lo, hi, keys);
            if (f != null) {
              found.add(f);
            }
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return oldestFirst(found, limit);
  }

  /** The filter of a segment's keys, or null to seek every key there. */
  interface Filters {
    DedupKeyFilter of(LeafReaderContext leaf) throws IOException;
  }

  /**
   * The same answer as {@link #scan} and as the key query (posts in {@code [lo, hi]} epoch millis
   * with any of {@code keys}, oldest then by id, at most {@code limit}), found by seeking the keys
   * in each of {@code leaves} (the segments that may hold posts of the range) that the segment's
   * {@link DedupKeyFilter} does not rule out.
   *
   * @param keys sorted, as the terms dictionary is
   */
  static List<DedupCandidate> seek(
      List<LeafReaderContext> leaves,
      Filters filters,
      List<BytesRef> keys,
      Set<BytesRef> keySet,
      long lo,
      long hi,
      int limit)
      throws IOException {
    List<Found> found = new ArrayList<>();
    int[] docs = new int[16];
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : leaves) {
      Terms terms = leaf.reader().terms(PostDocuments.DEDUP);
      if (terms == null) {
        continue;
      }
      DedupKeyFilter filter = filters.of(leaf);
      TermsEnum te = null;
      Bits live = leaf.reader().getLiveDocs();
      int n = 0;
      for (BytesRef key : keys) {
        if (filter != null && !filter.mightContain(key)) {
          continue;
        }
        if (te == null) {
          te = terms.iterator();
        }
        if (!te.seekExact(key)) {
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            if (n == docs.length) {
              docs = Arrays.copyOf(docs, n * 2);
            }
            docs[n++] = doc;
          }
        }
      }
      if (n == 0) {
        continue;
      }
      // Doc values iterate forwards: each post once, in doc id order.
      Arrays.sort(docs, 0, n);
      LeafValues values = new LeafValues(leaf);
      for (int i = 0; i < n; i++) {
        if (i > 0 && docs[i] == docs[i - 1]) {
          continue;
        }
        Found f = values.read(docs[i], lo, hi, keySet);
        if (f != null) {
          found.add(f);
        }
      }
    }
    return oldestFirst(found, limit);
  }

  private static List<DedupCandidate> oldestFirst(List<Found> found, int limit) {
    found.sort(
        Comparator.comparing((Found f) -> f.candidate().createdAt()).thenComparing(Found::id));
    List<DedupCandidate> out = new ArrayList<>(Math.min(limit, found.size()));
    for (int i = 0; i < found.size() && i < limit; i++) {
      out.add(found.get(i).candidate());
    }
    return out;
  }

  /** A segment's id, created-at, reply-to and key doc values, read forwards. */
  private static final class LeafValues {
    private final SortedDocValues ids;
    private final NumericDocValues created;
    private final SortedDocValues replyTo;
    private final SortedSetDocValues dedup;

    LeafValues(LeafReaderContext leaf) throws IOException {
      ids = DocValues.getSorted(leaf.reader(), PostDocuments.ID);
      created = DocValues.getNumeric(leaf.reader(), PostDocuments.CREATED_AT);
      replyTo = DocValues.getSorted(leaf.reader(), PostDocuments.REPLY_TO);
      dedup = DocValues.getSortedSet(leaf.reader(), PostDocuments.DEDUP);
    }

    /**
     * The candidate of a post (a segment's doc id, ascending from call to call) created in {@code
     * [lo, hi]} carrying any of {@code keys}; else null.
     */
    Found read(int doc, long lo, long hi, Set<BytesRef> keys) throws IOException {
      if (!created.advanceExact(doc)) {
        throw new IOException("post document " + doc + " lacks its created-at doc values");
      }
      long at = created.longValue();
      if (at < lo || at > hi || !dedup.advanceExact(doc)) {
        return null;
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
        return null;
      }
      if (!ids.advanceExact(doc)) {
        throw new IOException("post document " + doc + " lacks its id doc values");
      }
      BytesRef id = BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()));
      String reply =
          replyTo.advanceExact(doc) ? replyTo.lookupOrd(replyTo.ordValue()).utf8ToString() : null;
      return new Found(
          id, new DedupCandidate(id.utf8ToString(), Instant.ofEpochMilli(at), reply, keyList));
    }
  }

  /** A candidate with its id's bytes, the order Lucene sorts ids in. */
  private record Found(BytesRef id, DedupCandidate candidate) {}
}
