/**
 * De-duplication: keeping retweets and copy-paste spam from counting as separate posts.
 *
 * <p>{@link org.brandpulse.ingest.dedup.DedupKeys#of(String)} turns a post text into keys: an exact
 * key of the normalised text and, for texts of five words or more, four 16-bit bands of a 64-bit
 * SimHash over word 3-shingles. The store indexes these keys, so {@link
 * org.brandpulse.ingest.store.PostStore#findByDedupKeys} finds candidates cheaply. {@link
 * org.brandpulse.ingest.dedup.Deduplicator#check} then returns a {@link
 * org.brandpulse.ingest.dedup.Verdict}: original, or duplicate of the earliest matching post (exact
 * key, or SimHash Hamming distance of at most 3).
 *
 * <p>Thresholds, and why: distance 3 of 64 bits is the classic near-duplicate threshold (Manku,
 * Jain and Das Sarma, WWW 2007); with 4 bands it guarantees a shared band for every pair within it.
 * Texts under five words produce fewer than three shingles, whose SimHash flips with any edit, so
 * they are compared exactly only. {@code DeduplicatorPrecisionTest} measures precision and recall
 * on generated retweets, edited spam and template-sharing originals.
 */
package org.brandpulse.ingest.dedup;
