/**
 * The embedded post store: a Lucene index on local disk.
 *
 * <p>Open it with {@link
 * org.brandpulse.ingest.store.lucene.LucenePostStore#open(java.nio.file.Path)} and use it as a
 * {@link org.brandpulse.ingest.store.PostStore}. Every upsert is appended to a write-ahead log
 * ({@code Translog}) before it returns, so it is durable then; the index commits every ten thousand
 * posts and on close, and the posts written since the searcher last refreshed answer the reads an
 * ingest makes per chunk from memory, so a chunk costs no segment of its own. The index layout
 * lives in {@code PostDocuments}: post text analysed with {@link
 * org.brandpulse.ingest.text.PostTextAnalyzer}, keyword fields for filters, doc values for sorting
 * and counting (per day, per facet, keywords), the de-duplication keys of {@link
 * org.brandpulse.ingest.dedup.DedupKeys}, and the whole post as versioned JSON ({@link
 * org.brandpulse.ingest.store.lucene.PostJson}). The layout has a version in the commit data
 * ({@code IndexLayoutVersion}); opening an index of an older layout re-indexes its posts from their
 * stored JSON once. Page tokens ({@code PageToken}) carry the sort values of a page's last post, so
 * paging neither skips nor repeats posts while others are written. {@code brandpulse bench store}
 * (the application's {@code StoreBenchmark}) measures its write throughput and query latency,
 * beside Elasticsearch's when given a node.
 */
package org.brandpulse.ingest.store.lucene;
