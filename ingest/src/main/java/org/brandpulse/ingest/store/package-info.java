/**
 * The post store: where analysed posts live.
 *
 * <p>{@link org.brandpulse.ingest.store.PostStore} is the contract; {@code LucenePostStore} is the
 * embedded implementation (a Lucene index on disk) and {@code ElasticsearchPostStore} the scale-out
 * one. Both pass {@code PostStoreContractTest} in this module's test jar. Every write is an
 * idempotent upsert keyed by the post id, so replaying a batch after a crash leaves the same data
 * as one clean run. {@link org.brandpulse.ingest.store.StoreCopy} moves every post from one store
 * to another, resumably, and checks the counts.
 */
package org.brandpulse.ingest.store;
