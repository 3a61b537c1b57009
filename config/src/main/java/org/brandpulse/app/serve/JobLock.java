package org.brandpulse.app.serve;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leases on {@code JOB_LOCK} rows, so two Brandpulse instances on one database never run the same
 * job at once. A lease lasts {@code lease} from its last renewal; the holder renews it while the
 * job runs ({@link #renew}) and deletes it afterwards ({@link #release}). A lease that was not
 * renewed in time belongs to an instance that died, and the next {@link #tryAcquire} takes it over.
 * Times come from each instance's clock, so instances should keep their clocks in sync (NTP) to
 * well under the lease.
 */
public class JobLock {

  /**
   * A lease that is held now.
   *
   * @param name the job
   * @param owner the instance holding it
   * @param lockedUntil when it runs out unless renewed
   * @param heartbeat its last renewal
   */
  public record Holder(String name, String owner, Instant lockedUntil, Instant heartbeat) {}

  private final JdbcTemplate jdbc;
  private final String owner;
  private final Duration lease;
  private final Clock clock;

  /**
   * @param jdbc the database holding {@code JOB_LOCK}
   * @param owner this instance's name, unique among the instances
   * @param lease how long a lease lasts without renewal
   * @param clock the time source
   */
  public JobLock(JdbcTemplate jdbc, String owner, Duration lease, Clock clock) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.lease = Objects.requireNonNull(lease, "lease");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, got " + lease);
    }
  }

  /** This instance's name. */
  public String owner() {
    return owner;
  }

  /** How long a lease lasts without renewal. */
  public Duration lease() {
    return lease;
  }

  /**
   * Takes the lease on a job when nobody holds it or its holder's lease ran out; false when another
   * instance (or this one, in another run) holds it.
   */
  public boolean tryAcquire(String name) {
    Instant now = clock.instant();
    int taken =
        jdbc.update(
            "UPDATE JOB_LOCK SET OWNER = ?, LOCKED_UNTIL = ?, HEARTBEAT = ?"
                + " WHERE NAME = ? AND LOCKED_UNTIL < ?",
            owner,
            ts(now.plus(lease)),
            ts(now),
            name,
            ts(now));
    if (taken == 1) {
      return true;
    }
    try {
      return jdbc.update(
              "INSERT INTO JOB_LOCK (NAME, OWNER, LOCKED_UNTIL, HEARTBEAT) VALUES (?, ?, ?, ?)",
              name,
              owner,
              ts(now.plus(lease)),
              ts(now))
          == 1;
    } catch (DataIntegrityViolationException held) {
      return false;
    }
  }

  /** Extends this instance's lease on a job; false when it no longer holds it. */
  public boolean renew(String name) {
    Instant now = clock.instant();
    return jdbc.update(
            "UPDATE JOB_LOCK SET LOCKED_UNTIL = ?, HEARTBEAT = ? WHERE NAME = ? AND OWNER = ?",
            ts(now.plus(lease)),
            ts(now),
            name,
            owner)
        == 1;
  }

  /** Gives up this instance's lease on a job (nothing happens when it does not hold it). */
  public void release(String name) {
    jdbc.update("DELETE FROM JOB_LOCK WHERE NAME = ? AND OWNER = ?", name, owner);
  }

  /** The leases that are held now, by job name. */
  public List<Holder> holders() {
    return jdbc.query(
        "SELECT NAME, OWNER, LOCKED_UNTIL, HEARTBEAT FROM JOB_LOCK WHERE LOCKED_UNTIL >= ?"
            + " ORDER BY NAME",
        (rs, i) ->
            new Holder(
                rs.getString(1),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                rs.getTimestamp(4).toInstant()),
        ts(clock.instant()));
  }

  private static Timestamp ts(Instant at) {
    return Timestamp.from(at);
  }
}
