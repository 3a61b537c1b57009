/**
 * The post pipeline: what happens to a chunk of fetched posts before it is stored, the same for the
 * ingest job, re-analysis and the benchmark.
 *
 * <ol>
 *   <li><b>match</b>: the chunk's texts go through the brand queries at once ({@link
 *       org.brandpulse.ingest.match.BrandMatcher#match(java.util.List)}, one in-memory index of the
 *       chunk for Lucene's Monitor);
 *   <li><b>own handle</b>: a post by one of a brand's own handles is kept under that brand even
 *       when it names no brand (support replies), and is never folded into a copy ({@link
 *       org.brandpulse.ingest.pipeline.OwnHandles});
 *   <li><b>de-duplicate</b>: the other kept posts are checked against the store and each other with
 *       one store look-up for the chunk ({@link
 *       org.brandpulse.ingest.dedup.Deduplicator#checkAll});
 *   <li><b>analyse</b>: language, sentiment, keywords, entities and complaint, per post.
 * </ol>
 *
 * {@link org.brandpulse.ingest.pipeline.PostPipeline#process} returns one {@link
 * org.brandpulse.ingest.pipeline.Outcome} per post; {@link
 * org.brandpulse.ingest.pipeline.PostPipeline#toStore} turns a chunk's outcomes into the posts to
 * upsert (copies counted against their originals, with one store look-up). A post whose analysis
 * fails is an outcome of its own, so one bad post never sinks its chunk.
 */
package org.brandpulse.ingest.pipeline;
