package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.brandpulse.ingest.store.PostFilter;

/** Turns a {@link PostFilter} (and an optional scored text query) into one Elasticsearch query. */
final class EsQueries {

  private EsQueries() {}

  /** Posts matching {@code text} (scored, may be null) and the filter (not scored). */
  static Query query(Query text, PostFilter filter) {
    List<Query> clauses = clauses(filter);
    if (text == null && clauses.isEmpty() && filter.excludedAuthors().isEmpty()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    BoolQuery.Builder b = new BoolQuery.Builder().filter(clauses);
    if (text != null) {
      b.must(text);
    }
    if (!filter.excludedAuthors().isEmpty()) {
      b.mustNot(authorIn(filter.excludedAuthors()));
    }
    return b.build()._toQuery();
  }

  /**
   * Posts by any of the (normalised) handles. The {@link IndexLayout#AUTHOR} keyword holds the
   * handle as the source spelled it, so the match ignores case (a {@code term} query with {@code
   * case_insensitive}) and indices written before author filters existed need no re-indexing.
   */
  static Query authorIn(Collection<String> handles) {
    List<Query> any =
        handles.stream()
            .sorted()
            .map(
                h ->
                    Query.of(
                        q ->
                            q.term(
                                t ->
                                    t.field(IndexLayout.AUTHOR)
                                        .value(FieldValue.of(h))
                                        .caseInsensitive(true))))
            .toList();
    return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
  }

  /** Created in {@code [from, to)}; null bounds are open. */
  static Query createdBetween(Instant from, Instant to) {
    return Query.of(
        q ->
            q.range(
                r ->
                    r.date(
                        d -> {
                          d.field(IndexLayout.CREATED_AT).format("epoch_millis");
                          if (from != null) {
                            d.gte(Long.toString(from.toEpochMilli()));
                          }
                          if (to != null) {
                            d.lt(Long.toString(to.toEpochMilli()));
                          }
                          return d;
                        })));
  }

  /** Any of the given keyword values. */
  static Query anyOf(String field, Collection<String> values) {
    List<FieldValue> terms = values.stream().sorted().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
  }

  private static List<Query> clauses(PostFilter f) {
    List<Query> clauses = new ArrayList<>();
    if (f.from() != null || f.to() != null) {
      clauses.add(createdBetween(f.from(), f.to()));
    }
    if (f.fetchedFrom() != null) {
      long since = f.fetchedFrom().toEpochMilli();
      clauses.add(
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.date(
                              d ->
                                  d.field(IndexLayout.FETCHED_AT)
                                      .format("epoch_millis")
                                      .gte(Long.toString(since))))));
    }
    add(clauses, IndexLayout.BRAND, f.brands(), Function.identity());
    add(clauses, IndexLayout.SOURCE, f.sources(), Function.identity());
    if (!f.authors().isEmpty()) {
      clauses.add(authorIn(f.authors()));
    }
    add(clauses, IndexLayout.LANGUAGE, f.languages(), EsQueries::lower);
    add(clauses, IndexLayout.SENTIMENT, f.sentiments(), s -> lower(s.name()));
    add(clauses, IndexLayout.COMPLAINT_CATEGORY, f.complaintCategories(), c -> lower(c.name()));
    if (f.needsReply() != null) {
      boolean value = f.needsReply();
      clauses.add(Query.of(q -> q.term(t -> t.field(IndexLayout.NEEDS_REPLY).value(value))));
    }
    return clauses;
  }

  private static <T> void add(
      List<Query> clauses, String field, Collection<T> values, Function<T, String> term) {
    if (!values.isEmpty()) {
      clauses.add(anyOf(field, values.stream().map(term).toList()));
    }
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
