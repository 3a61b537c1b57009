package org.brandpulse.app.ingest;

import java.time.Clock;
import java.time.Instant;
import org.brandpulse.app.settings.SourceSettings;
import org.brandpulse.ingest.source.PostSource;

/** Builds the post source a configuration entry describes. */
public interface SourceFactory {

  /**
   * Creates a source.
   *
   * @param settings the source's configuration
   * @param clock the run's clock; its instant becomes every post's fetched-at
   * @param since the run's start ({@code ingest --since}), which replaces the configured {@code
   *     since} of API sources; null to keep it. File and feed sources have no window and ignore it.
   */
  PostSource create(SourceSettings settings, Clock clock, Instant since);

  /** Creates a source with its configured window. */
  default PostSource create(SourceSettings settings, Clock clock) {
    return create(settings, clock, null);
  }
}
