package org.brandpulse.app.ingest;

import java.util.Objects;
import org.brandpulse.ingest.AnalyzedPost;

/**
 * What the ingest processor hands the writer: a post to store, or a near-duplicate copy to count
 * against an earlier post.
 *
 * @param post the analysed post to upsert, or null for a copy
 * @param copyId the id of the copy, or null
 * @param originalId the id of the post the copy is counted against, or null
 */
public record IngestItem(AnalyzedPost post, String copyId, String originalId) {

  public IngestItem {
    if ((post == null) == (copyId == null)) {
      throw new IllegalArgumentException("an ingest item is either a post or a copy");
    }
    if (copyId != null) {
      Objects.requireNonNull(originalId, "originalId");
    }
  }

  public static IngestItem store(AnalyzedPost post) {
    return new IngestItem(post, null, null);
  }

  public static IngestItem copy(String copyId, String originalId) {
    return new IngestItem(null, copyId, originalId);
  }

  public boolean isCopy() {
    return copyId != null;
  }
}
