package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.brandpulse.ingest.store.TermCount;

/**
 * The report counts as aggregations over the alias: a {@code date_histogram} by calendar day in the
 * caller's zone, and {@code terms} ordered by count, then value. Terms counts are exact on one
 * shard; over several shards or monthly indices each shard returns its top {@code shard_size}
 * terms, which is generous here (facets have few values; keywords get ten times the limit).
 */
final class EsAggregations {

  /** Enough buckets for every facet value (brands, sources and languages are few). */
  static final int ALL_TERMS = 10_000;

  private static final String AGG = "counts";

  private final ElasticsearchClient client;
  private final String alias;

  EsAggregations(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  SortedMap<LocalDate, Long> perDay(Query q, ZoneId zone) throws IOException {
    String tz = zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    Aggregate agg =
        aggregate(
            q,
            a ->
                a.dateHistogram(
                    h ->
                        h.field(IndexLayout.CREATED_AT)
                            .calendarInterval(CalendarInterval.Day)
                            .timeZone(tz)
                            .minDocCount(1)
                            .format("yyyy-MM-dd")));
    SortedMap<LocalDate, Long> days = new TreeMap<>();
    for (DateHistogramBucket b : agg.dateHistogram().buckets().array()) {
      if (b.docCount() > 0) {
        days.put(LocalDate.parse(b.keyAsString()), b.docCount());
      }
    }
    return days;
  }

  List<TermCount> terms(Query q, String field, int limit) throws IOException {
    int shardSize = (int) Math.min(ALL_TERMS, Math.max(100L, 10L * limit));
    Aggregate agg =
        aggregate(
            q,
            a ->
                a.terms(
                    t ->
                        t.field(field)
                            .size(Math.min(limit, ALL_TERMS))
                            .shardSize(Math.max(shardSize, Math.min(limit, ALL_TERMS)))
                            .order(
                                List.of(
                                    NamedValue.of("_count", SortOrder.Desc),
                                    NamedValue.of("_key", SortOrder.Asc)))));
    List<TermCount> counts = new ArrayList<>();
    for (StringTermsBucket b : agg.sterms().buckets().array()) {
      counts.add(new TermCount(b.key().stringValue(), b.docCount()));
    }
    return counts;
  }

  private Aggregate aggregate(
      Query q,
      java.util.function.Function<
              co.elastic.clients.elasticsearch._types.aggregations.Aggregation.Builder,
              co.elastic.clients.util.ObjectBuilder<
                  co.elastic.clients.elasticsearch._types.aggregations.Aggregation>>
          agg)
      throws IOException {
    return client
        .search(s -> s.index(alias).size(0).query(q).aggregations(AGG, agg), Void.class)
        .aggregations()
        .get(AGG);
  }
}
