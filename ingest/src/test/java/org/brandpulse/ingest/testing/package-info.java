/**
 * Shared test fixtures for sources, shipped in ingest's test-jar.
 *
 * <ul>
 *   <li>{@link org.brandpulse.ingest.testing.FixtureHttpServer}: a real HTTP server on 127.0.0.1
 *       that answers scripted {@link org.brandpulse.ingest.testing.FixtureResponse}s per path (and
 *       query) and records every {@link org.brandpulse.ingest.testing.RecordedRequest}.
 *   <li>{@link org.brandpulse.ingest.testing.RecordingSleeper}: a {@link
 *       org.brandpulse.ingest.http.Sleeper} that records waits instead of sleeping.
 *   <li>{@link org.brandpulse.ingest.testing.RealData}: the real public files under {@code
 *       brandpulse.shared.data}, with a skipped test when they are absent.
 * </ul>
 *
 * <p>The contract every source must pass is {@code
 * org.brandpulse.ingest.source.PostSourceContractTest}.
 */
package org.brandpulse.ingest.testing;
