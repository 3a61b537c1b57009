package org.brandpulse.app.serve;

import java.time.Instant;

/**
 * A job {@code brandpulse serve} runs on a cron schedule. Declare one as a Spring bean and give it
 * a schedule under {@code serve.schedules.<name>} (or use a name that has a default); the scheduler
 * takes the job's lock in the database before each run, so two instances never run it at once.
 */
public interface ScheduledJob {

  /** The job's name: the key in {@code serve.schedules} and in the job lock table. */
  String name();

  /**
   * False when the configuration gives the job nothing to do (no sites to audit, say); the
   * scheduler then does not schedule it and says so once at start.
   */
  default boolean configured() {
    return true;
  }

  /**
   * Runs the job once.
   *
   * @param runAt the firing time
   * @throws Exception when the run failed; the scheduler logs it and runs again at the next firing
   */
  void run(Instant runAt) throws Exception;
}
