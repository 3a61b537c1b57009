package org.brandpulse.app.settings;

/**
 * The JDBC database (job repository, skip reports, later metrics, cases and audits).
 *
 * @param url JDBC URL; null means the embedded H2 file database under the data folder
 * @param username user name, or null
 * @param passwordEnv name of the environment variable holding the password, or null
 */
public record DatabaseSettings(String url, String username, String passwordEnv) {

  /** The embedded default. */
  public static final DatabaseSettings EMBEDDED = new DatabaseSettings(null, null, null);
}
