package org.brandpulse.app.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;

/**
 * The {@code serve:} block of {@code brandpulse.yml}: where the web UI listens, when each job runs
 * and who may log in. Every key is optional; missing ones take the defaults below.
 *
 * @param port the HTTP port (default 8080)
 * @param address the address to bind (default {@code 127.0.0.1}: this machine only)
 * @param schedules job name to Spring cron expression (six fields, seconds first); given entries
 *     replace the default of that job, {@code "-"} switches a job off
 * @param users who may log in
 * @param baseUrl the UI's public URL for links in e-mails, or null for {@code http://address:port/}
 */
public record ServeSettings(
    Integer port, String address, Map<String, String> schedules, List<User> users, String baseUrl) {

  /** The schedules used when {@code schedules} does not name a job. */
  public static final Map<String, String> DEFAULT_SCHEDULES =
      Map.of(
          "ingestPosts", "0 */15 * * * *",
          "complaintAlerts", "0 */5 * * * *",
          "ingestMetrics", "0 30 2 * * *",
          "seoAudit", "0 0 3 * * MON",
          "report", "0 0 6 * * MON");

  /** A cron value that switches a job off. */
  public static final String OFF = "-";

  /** Every default. */
  public static final ServeSettings DEFAULTS = new ServeSettings(null, null, null, null, null);

  /**
   * Someone who may log in.
   *
   * @param username the login name
   * @param passwordHash an encoded password with its id, e.g. {@code {bcrypt}$2a$10$...} (print one
   *     with {@code brandpulse hash-password})
   * @param roles {@code viewer} (read only), {@code manager} (also works on complaint cases),
   *     {@code admin} (everything, including the metrics endpoint)
   */
  public record User(String username, String passwordHash, List<String> roles) {

    /** The roles there are. */
    public static final Set<String> ROLES = Set.of("viewer", "manager", "admin");

    /** Spring Security's ids of slow one-way password hashes, with their versioned variants. */
    static final java.util.regex.Pattern SLOW_HASH =
        java.util.regex.Pattern.compile("\\{(bcrypt|argon2|scrypt|pbkdf2)(@[A-Za-z0-9_.]+)?}.+");

    public User {
      if (username == null || username.isBlank()) {
        throw new IllegalArgumentException("serve.users: a user needs a 'username'");
      }
      if (passwordHash == null || !passwordHash.matches("\\{[A-Za-z0-9_@.-]+}.+")) {
        throw new IllegalArgumentException(
            "serve.users["
                + username
                + "].passwordHash: expected an encoded password like '{bcrypt}$2a$10$...'"
                + " (print one with 'brandpulse hash-password'); the value is not shown, it may"
                + " be a plain password");
      }
      if (!SLOW_HASH.matcher(passwordHash).matches()) {
        String id = passwordHash.substring(1, passwordHash.indexOf('}'));
        throw new IllegalArgumentException(
            "serve.users["
                + username
                + "].passwordHash: '{"
                + id
                + "}' is not a slow one-way hash (plain text or a fast digest can be read or"
                + " guessed from the file); accepted: {bcrypt}, {argon2}, {scrypt}, {pbkdf2}"
                + " (print one with 'brandpulse hash-password')");
      }
      roles = roles == null || roles.isEmpty() ? List.of("viewer") : List.copyOf(roles);
      for (String role : roles) {
        if (!ROLES.contains(role)) {
          throw new IllegalArgumentException(
              "serve.users[" + username + "].roles: unknown role '" + role + "'; known: " + ROLES);
        }
      }
    }
  }

  public ServeSettings {
    port = port == null ? 8080 : port;
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("serve.port: expected 0 to 65535, got " + port);
    }
    address = address == null || address.isBlank() ? "127.0.0.1" : address;
    Map<String, String> merged = new LinkedHashMap<>(DEFAULT_SCHEDULES);
    if (schedules != null) {
      schedules.forEach(
          (job, cron) -> {
            String c = Objects.requireNonNull(cron, "serve.schedules." + job).trim();
            if (!c.equals(OFF) && !CronExpression.isValidExpression(c)) {
              throw new IllegalArgumentException(
                  "serve.schedules."
                      + job
                      + ": expected a six-field cron expression like '0 */15 * * * *' or '-', got '"
                      + clip(c)
                      + "'");
            }
            merged.put(job, c);
          });
    }
    schedules = Map.copyOf(merged);
    users = users == null ? List.of() : List.copyOf(users);
    if (users.stream().map(u -> u.username().toLowerCase(Locale.ROOT)).distinct().count()
        != users.size()) {
      throw new IllegalArgumentException("serve.users: a username appears twice");
    }
  }

  /** The URL the UI answers on. */
  public String url() {
    if (baseUrl != null && !baseUrl.isBlank()) {
      return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }
    String host = address.contains(":") ? "[" + address + "]" : address;
    return "http://" + ("0.0.0.0".equals(address) ? "localhost" : host) + ":" + port + "/";
  }

  /** This configuration listening on another port (tests use 0 for a free one). */
  public ServeSettings withPort(int newPort) {
    return new ServeSettings(newPort, address, schedules, users, baseUrl);
  }

  private static String clip(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
