/**
 * The {@code ingestPosts} job: one chunk-oriented Spring Batch step per configured source. {@link
 * org.brandpulse.app.ingest.PostSourceReader} reads a source page by page and keeps its cursor in
 * {@link org.brandpulse.app.ingest.SourceCursors} (moved on in the transaction of each chunk);
 * {@link org.brandpulse.app.ingest.PostStoreWriter} runs each chunk through the library's post
 * pipeline ({@code org.brandpulse.ingest.pipeline}) and stores it; {@link
 * org.brandpulse.app.ingest.SkipReport} keeps what was skipped, with where and why; {@link
 * org.brandpulse.app.ingest.PostIngestion} runs, resumes and sums up a run, under a {@link
 * org.brandpulse.app.ingest.RunLock}.
 */
package org.brandpulse.app.ingest;
