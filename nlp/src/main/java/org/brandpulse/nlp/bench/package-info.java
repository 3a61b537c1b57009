/**
 * Throughput measurement for the analysers. {@link org.brandpulse.nlp.bench.FastTierBenchmark} is a
 * plain {@code main}; it is not run by the build.
 */
package org.brandpulse.nlp.bench;
