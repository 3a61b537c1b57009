/**
 * The {@code reanalyze} job: runs the current analysers over stored posts and upserts them, for
 * instance after a model update. Restartable like every job: the reader keeps its place (a page
 * token of the store's oldest-first order) in the step execution context.
 */
package org.brandpulse.app.reanalyze;
