package org.brandpulse.ingest.source.timeline;

import java.util.List;
import org.brandpulse.ingest.source.SkippedRecord;

/**
 * What one page of a newest-first API held.
 *
 * @param items the readable posts, newest first as the API sent them
 * @param skipped items of the page that could not be read, keyed by their id
 * @param nextToken the token for the next (older) page, or null when the API has no more
 */
public record TimelineBatch(
    List<TimelineItem> items, List<SkippedRecord> skipped, String nextToken) {

  public TimelineBatch {
    items = List.copyOf(items);
    skipped = List.copyOf(skipped);
    if (nextToken != null && nextToken.isBlank()) {
      nextToken = null;
    }
  }
}
