/**
 * The access-log benchmark against GoAccess ({@code brandpulse bench logs}): {@link
 * org.brandpulse.app.bench.accesslog.AccessLogBenchmark} counts a generated log with the reader and
 * sessionizer and with the {@code goaccess} binary, and explains where their counts differ from
 * figures it computes in a separate pass; the speed of the command users type is timed by {@link
 * org.brandpulse.app.bench.LogImportBenchmark}. Not in the library jars.
 */
package org.brandpulse.app.bench.accesslog;
