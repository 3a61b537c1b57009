package org.brandpulse.app.ingest;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of {@code ingestPosts}.
 *
 * @param runAt the run's time (also every post's fetched-at)
 * @param jobExecutionIds the executions involved (a resumed run and the new one)
 * @param status the final batch status of the new run
 * @param resumed true when an interrupted earlier run was resumed first
 * @param sources per-source figures, summed over the executions
 * @param skips what was skipped, with where and why
 */
public record IngestResult(
    Instant runAt,
    List<Long> jobExecutionIds,
    String status,
    boolean resumed,
    List<SourceRun> sources,
    List<SkipReport.Entry> skips) {

  public IngestResult {
    jobExecutionIds = List.copyOf(jobExecutionIds);
    sources = List.copyOf(sources);
    skips = List.copyOf(skips);
  }

  /** Posts read over all sources. */
  public long read() {
    return sources.stream().mapToLong(SourceRun::read).sum();
  }

  /** Posts stored over all sources. */
  public long stored() {
    return sources.stream().mapToLong(SourceRun::stored).sum();
  }

  /** True when some source could not be read to its end. */
  public boolean hasSourceErrors() {
    return sources.stream().anyMatch(s -> s.sourceError() != null);
  }
}
