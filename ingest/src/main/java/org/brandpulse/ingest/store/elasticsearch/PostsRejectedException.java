package org.brandpulse.ingest.store.elasticsearch;

import java.util.List;
import java.util.Objects;
import org.brandpulse.ingest.store.StoreException;

/**
 * Elasticsearch refused some posts of an upsert (mapping conflict, immense term, ...), each named
 * by id with the server's reason. The other posts of the same upsert were written.
 */
public final class PostsRejectedException extends StoreException {

  private static final long serialVersionUID = 1L;
  private static final int LISTED = 10;

  /** Not serialized: the message already lists them. */
  private final transient List<Rejection> rejections;

  /**
   * One refused post.
   *
   * @param id the post id
   * @param status the item's HTTP status (400 for a bad document)
   * @param type Elasticsearch's error type, e.g. {@code document_parsing_exception}
   * @param reason Elasticsearch's reason, clipped to 400 characters, with its cause
   */
  public record Rejection(String id, int status, String type, String reason) {
    public Rejection {
      Objects.requireNonNull(id, "id");
      type = type == null ? "unknown" : type;
      reason =
          reason == null ? "" : reason.length() <= 400 ? reason : reason.substring(0, 397) + "...";
    }
  }

  PostsRejectedException(String where, int attempted, List<Rejection> rejections) {
    super(message(where, attempted, rejections));
    this.rejections = List.copyOf(rejections);
  }

  /** Every refused post of the upsert, in the order written. */
  public List<Rejection> rejections() {
    return rejections;
  }

  private static String message(String where, int attempted, List<Rejection> rejections) {
    StringBuilder m =
        new StringBuilder()
            .append(where)
            .append(" rejected ")
            .append(rejections.size())
            .append(" of ")
            .append(attempted)
            .append(" posts (the others were written):");
    for (Rejection r : rejections.subList(0, Math.min(LISTED, rejections.size()))) {
      m.append("\n  ").append(r.id()).append(": ").append(r.status()).append(' ');
      m.append(r.type()).append(": ").append(r.reason());
    }
    if (rejections.size() > LISTED) {
      m.append("\n  ... and ").append(rejections.size() - LISTED).append(" more");
    }
    return m.toString();
  }
}
