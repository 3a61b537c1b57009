/**
 * Throughput measurement for the analysers. {@link org.brandpulse.app.bench.nlp.FastTierBenchmark}
 * is a plain {@code main}; it is not run by the build.
 */
package org.brandpulse.app.bench.nlp;
