package org.brandpulse.ingest.source;

/**
 * A place posts come from, read incrementally through an opaque cursor.
 *
 * <p>Contract (checked by {@code PostSourceContractTest} for every implementation):
 *
 * <ul>
 *   <li>{@code fetch(null)} starts from the beginning of what the source is configured to read.
 *   <li>Feeding back {@link SourcePage#nextCursor()} returns the following page; once a page says
 *       {@link SourcePage#last()}, fetching with its cursor later returns only what is new since
 *       (an empty last page when nothing is).
 *   <li>Pages are deterministic for the same data: the same cursor yields the same posts.
 *   <li>A bad record is skipped into {@link SourcePage#skipped()} with its place and reason; it
 *       never fails the page.
 *   <li>Only failures that make the whole page unreadable throw {@link SourceException}.
 * </ul>
 */
public interface PostSource extends AutoCloseable {

  /** The configured name of this source, unique within a configuration. */
  String name();

  /**
   * Fetches the page after {@code cursor}.
   *
   * @param cursor a cursor this source returned before, or null to start from the beginning
   * @throws SourceException when the page cannot be read at all
   */
  SourcePage fetch(String cursor) throws SourceException;

  /**
   * Whether a reader may fetch the next page while the current one is processed (on another thread,
   * one fetch at a time): true for sources that only read local data; false (the default) for
   * sources that call a service, where an early request could be one the run never needed.
   */
  default boolean readsAhead() {
    return false;
  }

  @Override
  default void close() {}
}
