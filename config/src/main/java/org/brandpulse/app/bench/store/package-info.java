/**
 * The store benchmark ({@code brandpulse bench store}): {@link
 * org.brandpulse.app.bench.store.StoreBenchmark} loads the same generated posts ({@link
 * org.brandpulse.app.bench.store.BenchmarkPosts}) into the embedded Lucene store and, given a node,
 * into Elasticsearch, and prints their write rates, heap and report query latencies side by side.
 * It lives in the application, not in the {@code ingest} library jar.
 */
package org.brandpulse.app.bench.store;
