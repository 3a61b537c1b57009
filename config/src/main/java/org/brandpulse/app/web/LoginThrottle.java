package org.brandpulse.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing: failed logins are counted per account and per client address over a
 * window; past a limit, that account or address may not log in (not even with the right password)
 * for a lock that doubles with every further failure, up to a maximum. A successful login clears
 * its account's failures. Bounded memory: the oldest keys are forgotten past {@link #MAX_KEYS}.
 * Thread-safe.
 */
public final class LoginThrottle {

  /** Keys remembered per kind at most. */
  static final int MAX_KEYS = 50_000;

  /** Failures are counted over this window. */
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** The first lock; each further failure doubles it. */
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);

  /** The longest lock. */
  static final Duration MAX_LOCK = Duration.ofMinutes(15);

  private final Clock clock;
  private final int perAccount;
  private final int perAddress;
  private final Map<String, Deque<Instant>> accounts = lru();
  private final Map<String, Deque<Instant>> addresses = lru();

  /**
   * @param perAccount failures of one account within the window before it is locked
   * @param perAddress failures from one client address within the window before it is locked
   */
  public LoginThrottle(Clock clock, int perAccount, int perAddress) {
    this.clock = clock;
    this.perAccount = perAccount;
    this.perAddress = perAddress;
  }

  /** The defaults: 5 failures per account, 20 per address, in 15 minutes. */
  public LoginThrottle(Clock clock) {
    this(clock, 5, 20);
  }

  /** How long {@code username} from {@code address} must still wait; zero when it may try. */
  public synchronized Duration wait(String username, String address) {
    Instant now = clock.instant();
    Duration a = lock(accounts.get(key(username)), perAccount, now);
    Duration b = lock(addresses.get(address), perAddress, now);
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Counts a failed login; returns the failures of the account within the window. */
  public synchronized int failed(String username, String address) {
    Instant now = clock.instant();
    add(addresses, address, now);
    return add(accounts, key(username), now);
  }

  /** A successful login clears its account's failures. */
  public synchronized void succeeded(String username) {
    accounts.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private int add(Map<String, Deque<Instant>> map, String key, Instant now) {
    Deque<Instant> times = map.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
    prune(times, now);
    times.addLast(now);
    while (times.size() > 64) {
      times.removeFirst();
    }
    return times.size();
  }

  private static Duration lock(Deque<Instant> times, int limit, Instant now) {
    if (times == null) {
      return Duration.ZERO;
    }
    prune(times, now);
    int over = times.size() - limit;
    if (over < 0) {
      return Duration.ZERO;
    }
    Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(over, 20));
    if (lock.compareTo(MAX_LOCK) > 0) {
      lock = MAX_LOCK;
    }
    Duration left = Duration.between(now, times.peekLast().plus(lock));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static void prune(Deque<Instant> times, Instant now) {
    Instant from = now.minus(WINDOW);
    while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
      times.removeFirst();
    }
  }

  private static Map<String, Deque<Instant>> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
        return size() > MAX_KEYS;
      }
    };
  }
}
