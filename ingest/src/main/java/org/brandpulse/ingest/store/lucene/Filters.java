package org.brandpulse.ingest.store.lucene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.brandpulse.ingest.store.PostFilter;

/** Turns a {@link PostFilter} (and an optional text query) into one Lucene query. */
final class Filters {

  private Filters() {}

  /** The query for posts matching {@code text} (scored, may be null) and the filter. */
  static Query query(Query text, PostFilter filter) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (text != null) {
      b.add(text, BooleanClause.Occur.MUST);
      any = true;
    }
    for (Query clause : clauses(filter)) {
      b.add(clause, BooleanClause.Occur.FILTER);
      any = true;
    }
    if (filter.excludedAuthors().isEmpty()) {
      return any ? b.build() : new MatchAllDocsQuery();
    }
    if (!any) {
      // A Boolean query of MUST_NOT clauses alone matches nothing.
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    }
    List<Query> excluded = new ArrayList<>();
    anyOf(excluded, PostDocuments.AUTHOR, filter.excludedAuthors(), Function.identity());
    excluded.forEach(q -> b.add(q, BooleanClause.Occur.MUST_NOT));
    return b.build();
  }

  private static List<Query> clauses(PostFilter f) {
    List<Query> clauses = new ArrayList<>();
    if (f.from() != null || f.to() != null) {
      long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochMilli();
      long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochMilli() - 1;
      clauses.add(LongPoint.newRangeQuery(PostDocuments.CREATED_AT, from, to));
    }
    if (f.fetchedFrom() != null) {
      clauses.add(
          LongPoint.newRangeQuery(
              PostDocuments.FETCHED_AT, f.fetchedFrom().toEpochMilli(), Long.MAX_VALUE));
    }
    anyOf(clauses, PostDocuments.BRAND, f.brands(), Function.identity());
    anyOf(clauses, PostDocuments.SOURCE, f.sources(), Function.identity());
    anyOf(clauses, PostDocuments.AUTHOR, f.authors(), Function.identity());
    anyOf(clauses, PostDocuments.LANGUAGE, f.languages(), PostDocuments::lower);
    anyOf(clauses, PostDocuments.SENTIMENT, f.sentiments(), s -> PostDocuments.lower(s.name()));
    anyOf(
        clauses,
        PostDocuments.COMPLAINT_CATEGORY,
        f.complaintCategories(),
        c -> PostDocuments.lower(c.name()));
    if (f.needsReply() != null) {
      clauses.add(new TermQuery(new Term(PostDocuments.NEEDS_REPLY, f.needsReply().toString())));
    }
    return clauses;
  }

  private static <T> void anyOf(
      List<Query> clauses, String field, Collection<T> values, Function<T, String> term) {
    if (values.isEmpty()) {
      return;
    }
    List<BytesRef> terms = new ArrayList<>(values.size());
    for (T value : values) {
      terms.add(new BytesRef(term.apply(value)));
    }
    clauses.add(new TermInSetQuery(field, terms));
  }
}
