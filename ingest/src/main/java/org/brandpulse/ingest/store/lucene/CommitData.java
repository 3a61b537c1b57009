package org.brandpulse.ingest.store.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;

/**
 * The numbers the store keeps in its Lucene commit data: the layout version ({@link
 * IndexLayoutVersion}) and the translog generation ({@link Translog}). Each is set without losing
 * the others.
 */
final class CommitData {

  private CommitData() {}

  /**
   * The number under {@code key} in the writer's commit data, {@code absent} when it has none.
   *
   * @throws IllegalStateException when the value is not a number
   */
  static long number(IndexWriter writer, String key, long absent) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (key.equals(e.getKey())) {
          try {
            return Long.parseLong(e.getValue());
          } catch (NumberFormatException bad) {
            throw new IllegalStateException(
                "the index's commit data has " + key + "=" + e.getValue() + ", expected a number");
          }
        }
      }
    }
    return absent;
  }

  /** Sets {@code key} for the next commit, keeping the other keys. */
  static void put(IndexWriter writer, String key, long value) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    data.put(key, Long.toString(value));
    writer.setLiveCommitData(data.entrySet());
  }
}
