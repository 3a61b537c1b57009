package org.brandpulse.app.ingest;

/**
 * What one source's step did in a run.
 *
 * @param source the source's configured name
 * @param status the step's batch status ({@code COMPLETED}, {@code FAILED}, ...)
 * @param read posts read
 * @param stored posts stored (new or refreshed)
 * @param copies near-duplicate copies counted against earlier posts
 * @param unmatched posts that matched no brand query and were dropped
 * @param skipped records skipped (unreadable, or failed in processing)
 * @param outsideWindow items the source returned but left out because they were written before its
 *     window start (an API source's first run reads the last 7 days unless given a {@code since})
 * @param windowStart that window start, or null when the source read without one (files, feeds, and
 *     API sources reading back to what they already have)
 * @param sourceError the error that stopped reading the source early, or null
 */
public record SourceRun(
    String source,
    String status,
    long read,
    long stored,
    long copies,
    long unmatched,
    long skipped,
    long outsideWindow,
    java.time.Instant windowStart,
    String sourceError) {}
