package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import co.elastic.clients.util.BinaryData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.StoreException;

/**
 * Writes posts with the client's {@link BulkIngester}: index operations keyed by post id (so a
 * replay is an idempotent upsert), every item's result checked. Items the server could not take now
 * (429, 5xx, or a request that never got an answer) are sent again with exponential backoff; items
 * it refused (4xx) are reported by id and reason in a {@link PostsRejectedException} after the rest
 * is written. Nothing is dropped silently.
 */
final class EsBulkWriter {

  static final int ATTEMPTS = 6;
  private static final long FIRST_BACKOFF_MS = 200;

  private final ElasticsearchClient client;
  private final IndexLayout layout;
  private final EsDocuments documents;
  private final String where;

  EsBulkWriter(
      ElasticsearchClient client, IndexLayout layout, EsDocuments documents, String where) {
    this.client = client;
    this.layout = layout;
    this.documents = documents;
    this.where = where;
  }

  void write(Collection<AnalyzedPost> posts) throws StoreException {
    Map<String, AnalyzedPost> pending = new LinkedHashMap<>();
    for (AnalyzedPost post : posts) {
      pending.remove(post.id());
      pending.put(post.id(), post); // the last copy of an id wins, as in sequential upserts
    }
    List<PostsRejectedException.Rejection> rejected = new ArrayList<>();
    String lastProblem = "";
    for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
      if (attempt > 1) {
        sleep(FIRST_BACKOFF_MS << (attempt - 2));
      }
      Outcome outcome = send(pending);
      rejected.addAll(outcome.rejected);
      Map<String, AnalyzedPost> retry = new LinkedHashMap<>();
      for (String id : outcome.retry.keySet()) {
        retry.put(id, pending.get(id));
      }
      if (!outcome.retry.isEmpty()) {
        lastProblem = outcome.retry.values().iterator().next();
      }
      pending = retry;
    }
    if (!pending.isEmpty()) {
      throw new StoreException(
          where
              + " did not take "
              + pending.size()
              + " of "
              + posts.size()
              + " posts after "
              + ATTEMPTS
              + " attempts (first "
              + pending.keySet().iterator().next()
              + "): "
              + lastProblem);
    }
    if (!rejected.isEmpty()) {
      throw new PostsRejectedException(where, posts.size(), rejected);
    }
  }

  /** What one pass left: ids to retry with the last problem, and refused posts. */
  private static final class Outcome {
    final Map<String, String> retry = new LinkedHashMap<>();
    final List<PostsRejectedException.Rejection> rejected = new ArrayList<>();
  }

  private Outcome send(Map<String, AnalyzedPost> posts) {
    Outcome outcome = new Outcome();
    BulkListener<String> listener =
        new BulkListener<>() {
          @Override
          public void beforeBulk(long id, BulkRequest request, List<String> ids) {}

          @Override
          public void afterBulk(
              long id, BulkRequest request, List<String> ids, BulkResponse response) {
            synchronized (outcome) {
              List<BulkResponseItem> items = response.items();
              for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                if (item.error() == null) {
                  continue;
                }
                String postId = ids.get(i);
                if (item.status() == 429 || item.status() >= 500) {
                  outcome.retry.put(postId, item.status() + " " + item.error().reason());
                } else {
                  outcome.rejected.add(
                      new PostsRejectedException.Rejection(
                          postId, item.status(), item.error().type(), reason(item.error())));
                }
              }
            }
          }

          @Override
          public void afterBulk(long id, BulkRequest request, List<String> ids, Throwable failure) {
            synchronized (outcome) {
              for (String postId : ids) {
                outcome.retry.put(postId, "the bulk request failed: " + failure);
              }
            }
          }
        };
    BulkIngester<String> ingester =
        BulkIngester.of(
            b ->
                b.client(client)
                    .maxOperations(1_000)
                    .maxSize(8L * 1024 * 1024)
                    .maxConcurrentRequests(2)
                    .backoffPolicy(BackoffPolicy.exponentialBackoff(100L, 4))
                    .listener(listener));
    try {
      for (AnalyzedPost post : posts.values()) {
        BinaryData doc = BinaryData.of(documents.toDocument(post), "application/json");
        String index = layout.index(post.post().createdAt());
        ingester.add(op -> op.index(i -> i.index(index).id(post.id()).document(doc)), post.id());
      }
    } finally {
      ingester.close(); // flushes and waits for every request in flight
    }
    synchronized (outcome) {
      return outcome;
    }
  }

  /** The server's reason, clipped, with the cause that usually says what is wrong. */
  private static String reason(ErrorCause error) {
    String reason = clip(error.reason(), 160);
    ErrorCause cause = error.causedBy();
    return cause == null
        ? reason
        : reason + " <- " + cause.type() + ": " + clip(cause.reason(), 200);
  }

  private static String clip(String text, int max) {
    String t = String.valueOf(text);
    return t.length() <= max ? t : t.substring(0, max - 3) + "...";
  }

  private static void sleep(long millis) throws StoreException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to retry a bulk write", e);
    }
  }
}
