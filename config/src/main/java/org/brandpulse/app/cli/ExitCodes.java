package org.brandpulse.app.cli;

/** The command line's exit codes. */
public final class ExitCodes {

  /** Done. */
  public static final int OK = 0;

  /** Failed: a job failed or something unexpected happened. */
  public static final int FAILED = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** The configuration file is missing or invalid. */
  public static final int CONFIG = 3;

  /** Done, but some source could not be read to its end (it is retried next run). */
  public static final int PARTIAL = 4;

  private ExitCodes() {}
}
