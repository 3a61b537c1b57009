/**
 * Benchmarks anyone can rerun ({@code brandpulse bench ...}); each prints its figures side by side
 * with a baseline measured in the same run.
 */
package org.brandpulse.app.bench;
