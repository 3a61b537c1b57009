package org.brandpulse.app.ingest;

import java.time.Clock;
import org.brandpulse.app.settings.SourceSettings;
import org.brandpulse.ingest.source.PostSource;

/** Builds the post source a configuration entry describes. */
public interface SourceFactory {

  /**
   * Creates a source.
   *
   * @param settings the source's configuration
   * @param clock the run's clock; its instant becomes every post's fetched-at
   */
  PostSource create(SourceSettings settings, Clock clock);
}
