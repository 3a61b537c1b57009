/**
 * The command line: {@code brandpulse <command>}, built with picocli.
 *
 * <p>Exit codes (see {@link org.brandpulse.app.cli.ExitCodes}): 0 done, 1 failed, 2 bad command
 * line, 3 invalid configuration, 4 done but some source could not be read to its end.
 */
package org.brandpulse.app.cli;
