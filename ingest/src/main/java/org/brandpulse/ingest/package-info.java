/**
 * Posts and where they come from and go to.
 *
 * <p>{@link org.brandpulse.ingest.Post} is what a source delivered; {@link
 * org.brandpulse.ingest.AnalyzedPost} is what the store keeps: the post, the brands whose queries
 * matched it, its {@link org.brandpulse.nlp.TextAnalysis} and the ids of its near-duplicate copies.
 * Sources live in {@code org.brandpulse.ingest.source} and its sub-packages, the store contract in
 * {@code org.brandpulse.ingest.store}.
 *
 * <p>This module does not send mail, render HTML or know Spring Boot.
 */
package org.brandpulse.ingest;
