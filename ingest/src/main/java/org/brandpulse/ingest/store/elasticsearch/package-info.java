/**
 * The scale-out post store on Elasticsearch 9 ({@link
 * org.brandpulse.ingest.store.elasticsearch.ElasticsearchPostStore}), through the official Java
 * client ({@code co.elastic.clients:elasticsearch-java}).
 *
 * <h2>Connecting</h2>
 *
 * {@link org.brandpulse.ingest.store.elasticsearch.ElasticsearchOptions} holds node URLs, an API
 * key or a username and password (values: the application reads them from the environment), an
 * optional PEM CA certificate for HTTPS clusters signed by a private CA, the index prefix and the
 * shard/replica counts. {@code ElasticsearchPostStore.open(options)} installs the index template
 * and makes sure the alias exists, so an empty cluster needs no preparation.
 *
 * <h2>Index design</h2>
 *
 * <ul>
 *   <li>Monthly indices {@code <prefix>-posts-yyyy.MM}, chosen by the post's created-at in UTC, all
 *       behind the read alias {@code <prefix>-posts}. A post's created-at never changes, so its id
 *       always lands in the same index and an upsert is an index operation by {@code _id}.
 *   <li>A composable index template {@code <prefix>-posts} (pattern {@code <prefix>-posts-*}) gives
 *       each new month its settings, the alias and strict, explicit mappings: keywords for id,
 *       source, brand (multi-valued), language, sentiment, complaint category, keywords,
 *       de-duplication keys and author handle; a boolean for needs-reply; a date for created-at; a
 *       long for reach; the post text as a {@code text} field; the whole post as stored-only JSON.
 *   <li>Text is analysed on the client by the same {@code PostTextAnalyzer} as the Lucene store
 *       (UAX#29 words, emoji, lower case, ASCII folding) and indexed as space-separated tokens with
 *       the {@code whitespace} analyzer; queries are parsed by {@code PostQueryParser} and
 *       translated term for term. Both stores therefore match, and reject, the same queries, and
 *       the cluster needs no analysis plugins.
 *   <li>Lifecycle (ILM-friendly): old months are dropped or moved whole, by index, never by
 *       delete-by-query. A policy can be attached in the template ({@code index.lifecycle.name}):
 *       hot for the current month, warm (force-merge to one segment, read-only) after, delete after
 *       the retention period. The alias keeps reads unchanged while months come and go.
 * </ul>
 *
 * <h2>Migration and figures</h2>
 *
 * {@link org.brandpulse.ingest.store.StoreCopy} copies every post between any two stores (Lucene to
 * Elasticsearch and back) in id order and in batches, with a checkpoint file for resuming and a
 * count check at the end; the {@code brandpulse store copy} command wraps it. The application's
 * {@code StoreBenchmark} ({@code brandpulse bench store}) loads the same generated posts into both
 * stores and prints their write rates, heap and report query latencies side by side.
 *
 * <h2>Shards and replicas</h2>
 *
 * One primary shard per month suits up to roughly 20-40 million posts a month (aim for shards of
 * 10-50 GB; a stored post is about 1-2 KB). Add primaries only when a month outgrows that, since
 * every shard costs heap and file handles and aggregations fan out to all of them. Use one replica
 * in production (two for read-heavy dashboards); zero only on a single node, where a replica can
 * never be allocated and would leave the cluster yellow.
 *
 * <h2>Writes, reads and scale-out</h2>
 *
 * Writes go through the client's {@code BulkIngester} (1,000 operations or 8 MB per request, two in
 * flight) with each item's result checked: 429 and 5xx items are retried with exponential backoff,
 * refused items raise {@link org.brandpulse.ingest.store.elasticsearch.PostsRejectedException}
 * naming each post and the server's reason. Reads are searches with {@code search_after} on (sort
 * key, post id), counts are {@code date_histogram} (calendar day in the report's zone) and {@code
 * terms} aggregations, and whole-store walks use a point-in-time with {@code search_after} in id
 * order. To scale out, add nodes: monthly indices spread over them, replicas serve reads, and
 * report queries filter by created-at, so months outside their period add only a cheap range check.
 */
package org.brandpulse.ingest.store.elasticsearch;
