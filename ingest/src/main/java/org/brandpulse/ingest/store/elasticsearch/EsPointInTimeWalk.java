package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.brandpulse.ingest.store.StoreException;

/**
 * Visits every hit of a query in post-id order over one point-in-time: {@code search_after} pages
 * of a fixed size, so memory stays flat for any index size, and writes made while walking (the
 * visitor may upsert what it reads) neither shift the pages nor show up twice. The point-in-time is
 * closed at the end, also on failure.
 */
final class EsPointInTimeWalk {

  static final String KEEP_ALIVE = "2m";

  private final ElasticsearchClient client;
  private final String alias;
  private final BiFunction<String, Exception, String> describe;

  EsPointInTimeWalk(
      ElasticsearchClient client, String alias, BiFunction<String, Exception, String> describe) {
    this.client = client;
    this.alias = alias;
    this.describe = describe;
  }

  void walk(Query q, int batch, Consumer<Hit<JsonData>> visitor) throws StoreException {
    String pit;
    try {
      pit = client.openPointInTime(p -> p.index(alias).keepAlive(k -> k.time(KEEP_ALIVE))).id();
    } catch (IOException | ElasticsearchException e) {
      throw new StoreException(describe.apply("open point-in-time", e), e);
    }
    try {
      List<FieldValue> after = null;
      while (true) {
        String id = pit;
        List<FieldValue> from = after;
        SearchResponse<JsonData> r =
            client.search(
                s -> {
                  s.pit(p -> p.id(id).keepAlive(k -> k.time(KEEP_ALIVE)))
                      .query(q)
                      .sort(EsPageToken.byId())
                      .size(batch)
                      .trackTotalHits(t -> t.enabled(false))
                      .source(src -> src.filter(f -> f.includes(IndexLayout.JSON)));
                  return from == null ? s : s.searchAfter(from);
                },
                JsonData.class);
        if (r.pitId() != null) {
          pit = r.pitId();
        }
        List<Hit<JsonData>> hits = r.hits().hits();
        hits.forEach(visitor);
        if (hits.size() < batch) {
          return;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } catch (IOException | ElasticsearchException e) {
      throw new StoreException(describe.apply("walk in id order", e), e);
    } finally {
      String id = pit;
      try {
        client.closePointInTime(c -> c.id(id));
      } catch (IOException | ElasticsearchException e) {
        // The point-in-time expires after KEEP_ALIVE anyway; the walk's outcome matters more.
      }
    }
  }
}
