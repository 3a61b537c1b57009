package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.brandpulse.ingest.store.StoreException;

/**
 * Translates the Lucene query that {@code PostQueryParser} made of a user's text into the same
 * query in Elasticsearch's DSL, term for term: the terms are already analysed, and the {@link
 * IndexLayout#TEXT} field holds the same analysed tokens, so both stores match alike.
 */
final class LuceneToEs {

  private LuceneToEs() {}

  static Query translate(org.apache.lucene.search.Query q, String text) throws StoreException {
    if (q instanceof TermQuery t) {
      Term term = t.getTerm();
      return Query.of(b -> b.term(x -> x.field(term.field()).value(term.text())));
    }
    if (q instanceof BooleanQuery bq) {
      return bool(bq, text);
    }
    if (q instanceof PhraseQuery pq) {
      Term[] terms = pq.getTerms();
      if (terms.length == 0) {
        return Query.of(b -> b.matchNone(m -> m));
      }
      List<String> words = new ArrayList<>();
      for (Term term : terms) {
        words.add(term.text());
      }
      return Query.of(
          b ->
              b.matchPhrase(
                  m ->
                      m.field(terms[0].field())
                          .query(String.join(" ", words))
                          .analyzer("whitespace")
                          .slop(pq.getSlop())));
    }
    if (q instanceof PrefixQuery p) {
      Term term = p.getPrefix();
      return Query.of(b -> b.prefix(x -> x.field(term.field()).value(term.text())));
    }
    if (q instanceof WildcardQuery w) {
      Term term = w.getTerm();
      return Query.of(b -> b.wildcard(x -> x.field(term.field()).value(term.text())));
    }
    if (q instanceof FuzzyQuery f) {
      Term term = f.getTerm();
      return Query.of(
          b ->
              b.fuzzy(
                  x ->
                      x.field(term.field())
                          .value(term.text())
                          .fuzziness(Integer.toString(f.getMaxEdits()))
                          .prefixLength(f.getPrefixLength())
                          .transpositions(f.getTranspositions())));
    }
    if (q instanceof RegexpQuery r) {
      Term term = r.getRegexp();
      return Query.of(b -> b.regexp(x -> x.field(term.field()).value(term.text())));
    }
    if (q instanceof TermRangeQuery r) {
      return range(r);
    }
    if (q instanceof BoostQuery bq) {
      Query inner = translate(bq.getQuery(), text);
      return Query.of(b -> b.bool(x -> x.must(inner).boost(bq.getBoost())));
    }
    if (q instanceof MatchAllDocsQuery) {
      return Query.of(b -> b.matchAll(m -> m));
    }
    if (q instanceof MatchNoDocsQuery) {
      return Query.of(b -> b.matchNone(m -> m));
    }
    throw new StoreException(
        "search query '"
            + text
            + "' uses "
            + q.getClass().getSimpleName()
            + " ("
            + q
            + "),"
            + " which the Elasticsearch store does not translate; expected terms, phrases,"
            + " wildcards, fuzzy terms, ranges and boolean operators");
  }

  private static Query bool(BooleanQuery bq, String text) throws StoreException {
    BoolQuery.Builder b = new BoolQuery.Builder();
    boolean positive = false;
    for (BooleanClause clause : bq.clauses()) {
      Query inner = translate(clause.getQuery(), text);
      switch (clause.getOccur()) {
        case MUST -> b.must(inner);
        case FILTER -> b.filter(inner);
        case SHOULD -> b.should(inner);
        case MUST_NOT -> b.mustNot(inner);
      }
      positive |= clause.getOccur() != BooleanClause.Occur.MUST_NOT;
    }
    if (!positive) {
      // Lucene matches nothing for a purely negative query; Elasticsearch would match all others.
      return Query.of(x -> x.matchNone(m -> m));
    }
    if (bq.getMinimumNumberShouldMatch() > 0) {
      b.minimumShouldMatch(Integer.toString(bq.getMinimumNumberShouldMatch()));
    }
    return b.build()._toQuery();
  }

  private static Query range(TermRangeQuery r) {
    String lower = r.getLowerTerm() == null ? null : r.getLowerTerm().utf8ToString();
    String upper = r.getUpperTerm() == null ? null : r.getUpperTerm().utf8ToString();
    return Query.of(
        b ->
            b.range(
                x ->
                    x.term(
                        t -> {
                          t.field(r.getField());
                          if (lower != null) {
                            if (r.includesLower()) {
                              t.gte(lower);
                            } else {
                              t.gt(lower);
                            }
                          }
                          if (upper != null) {
                            if (r.includesUpper()) {
                              t.lte(upper);
                            } else {
                              t.lt(upper);
                            }
                          }
                          return t;
                        })));
  }
}
