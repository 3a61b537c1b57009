package org.brandpulse.ingest.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What de-duplication needs of a stored post, without the post: its id, when it was written, what
 * it replies to and its de-duplication keys (see {@code org.brandpulse.ingest.dedup.DedupKeys}).
 *
 * @param id the post id
 * @param createdAt when it was written
 * @param replyToId the post it replies to, or null
 * @param keys its de-duplication keys
 */
public record DedupCandidate(String id, Instant createdAt, String replyToId, List<String> keys) {

  public DedupCandidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    keys = List.copyOf(keys);
  }
}
