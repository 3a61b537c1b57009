/**
 * The hardened parts of reading an HTTP answer, shared by every HTTP client of the product (the
 * crawler here, the post and metrics sources in {@code ingest}): a body capped as it streams in and
 * content decoding with the same cap on the decoded size, so an endless body or a gzip bomb never
 * fills the heap.
 */
package org.brandpulse.seoaudit.http;
