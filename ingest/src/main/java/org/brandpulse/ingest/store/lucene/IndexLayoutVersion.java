package org.brandpulse.ingest.store.lucene;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;
import org.brandpulse.ingest.AnalyzedPost;

/**
 * The version of the index layout ({@link PostDocuments}), kept in the commit user data under
 * {@link #KEY}, and the upgrade of an index written with an older one.
 *
 * <ul>
 *   <li>1 (no {@link #KEY}): the first layout.
 *   <li>2: adds the {@link PostDocuments#AUTHOR} field for author filters.
 *   <li>3: adds the {@link PostDocuments#FETCHED_AT} point for "fetched since" filters.
 *   <li>4: adds doc values of the {@link PostDocuments#DEDUP} keys and {@link
 *       PostDocuments#REPLY_TO}, so de-duplication reads candidates without loading posts.
 * </ul>
 *
 * An older index is upgraded when the store opens it: every post is re-indexed from its stored JSON
 * (which holds the whole post, so nothing is lost or re-fetched) and the new version is committed
 * with it, so a crash midway leaves the old commit and the next open upgrades again. It costs one
 * pass over the index, once. An index of a newer layout is refused.
 */
final class IndexLayoutVersion {

  /** The commit user data key. */
  static final String KEY = "brandpulse.layout";

  /** The layout this code writes. */
  static final int CURRENT = 4;

  private IndexLayoutVersion() {}

  /**
   * Brings the writer's index to {@link #CURRENT} (uncommitted: the caller commits).
   *
   * @return how many posts were re-indexed
   * @throws IllegalStateException when the index has a newer layout
   */
  static int upgrade(IndexWriter writer, PostJson json) throws IOException {
    int version = of(writer);
    if (version > CURRENT) {
      throw new IllegalStateException(
          "the index has layout "
              + version
              + ", written by a newer Brandpulse; this one reads layouts up to "
              + CURRENT);
    }
    int posts = 0;
    if (version < CURRENT) {
      posts = reindex(writer, json);
      CommitData.put(writer, KEY, CURRENT);
    }
    return posts;
  }

  /** The layout of the writer's last commit (1 when it names none). */
  static int of(IndexWriter writer) {
    return (int) CommitData.number(writer, KEY, 1);
  }

  private static int reindex(IndexWriter writer, PostJson json) throws IOException {
    int posts = 0;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String text = stored.document(doc).get(PostDocuments.JSON);
          AnalyzedPost post = json.read(text);
          writer.updateDocument(
              new Term(PostDocuments.ID, post.id()), PostDocuments.toDocument(post, text));
          posts++;
        }
      }
    }
    return posts;
  }
}
