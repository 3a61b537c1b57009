package org.brandpulse.app.settings;

/**
 * Where posts are stored.
 *
 * @param type {@code lucene} (embedded, default)
 * @param path the Lucene index folder, relative to the data folder (default {@code index})
 */
public record StoreSettings(StoreType type, String path) {

  /** The embedded default. */
  public static final StoreSettings DEFAULT = new StoreSettings(StoreType.LUCENE, "index");

  public StoreSettings {
    type = type == null ? StoreType.LUCENE : type;
    path = path == null || path.isBlank() ? "index" : path;
  }

  /** Store implementations. */
  public enum StoreType {
    LUCENE
  }
}
