package org.brandpulse.app.ingest;

/** Hears how an ingest run goes, chunk by chunk (the CLI draws progress bars with it). */
public interface IngestProgress {

  /** A source's step starts. */
  default void sourceStarted(String source) {}

  /** A chunk of a source was committed. */
  default void chunkDone(String source, long read, long written, long filtered) {}

  /** A source's step ended. */
  default void sourceFinished(String source) {}

  /** Hears nothing. */
  IngestProgress NONE = new IngestProgress() {};
}
