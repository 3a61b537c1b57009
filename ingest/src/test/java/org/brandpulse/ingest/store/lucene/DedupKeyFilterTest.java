package org.brandpulse.ingest.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The per-segment key filter: never rules out a key the segment holds, rarely lets others by. */
class DedupKeyFilterTest {

  @Test
  void holdsEveryKeyOfItsSegmentAndFewOthers() throws Exception {
    Random random = new Random(20261208);
    Set<String> keys = new HashSet<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int doc = 0; doc < 5_000; doc++) {
        Document d = new Document();
        String exact = String.format("x:%016x", random.nextLong());
        keys.add(exact);
        d.add(new StringField(PostDocuments.DEDUP, exact, Field.Store.NO));
        for (int band = 0; band < 4; band++) {
          String key = String.format("b%d:%04x", band, random.nextInt(1 << 16));
          keys.add(key);
          d.add(new StringField(PostDocuments.DEDUP, key, Field.Store.NO));
        }
        w.addDocument(d);
      }
      w.forceMerge(1);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        DedupKeyFilter filter = DedupKeyFilter.of(leaf, PostDocuments.DEDUP);
        for (String key : keys) {
          assertThat(filter.mightContain(new BytesRef(key))).as(key).isTrue();
        }
        int maybe = 0;
        int asked = 0;
        for (int i = 0; i < 20_000; i++) {
          String other = String.format("x:%016x", random.nextLong());
          if (!keys.contains(other)) {
            asked++;
            maybe += filter.mightContain(new BytesRef(other)) ? 1 : 0;
          }
        }
        assertThat((double) maybe / asked).as("false maybes").isLessThan(0.02);
        assertThat(DedupKeyFilter.of(leaf, "no-such-field")).isNull();
      }
    }
  }
}
