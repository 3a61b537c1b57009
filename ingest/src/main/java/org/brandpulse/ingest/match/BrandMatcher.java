package org.brandpulse.ingest.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.Query;
import org.brandpulse.ingest.text.PostQueryParser;
import org.brandpulse.ingest.text.PostTextAnalyzer;
import org.brandpulse.ingest.text.QuerySyntaxException;

/**
 * Finds which brands' queries match a post text.
 *
 * <p>Built once from the configured {@link BrandQuery brand queries}; every query is parsed at
 * construction, so a typo stops the start with a message naming the brand and the column. Matching
 * runs the texts through Lucene's {@link Monitor} (an in-memory index of the queries that
 * pre-filters them by their terms) with {@link PostTextAnalyzer}, the store's analyzer: a brand
 * query finds exactly the posts a store search with the same query finds. Thread-safe; close it to
 * free the monitor.
 */
public final class BrandMatcher implements AutoCloseable {

  private final Monitor monitor;
  private final List<String> names;

  /**
   * A matcher for these brands.
   *
   * @throws IllegalArgumentException naming the brand, its query and the parse error's column when
   *     a query is invalid, or when two brands share a name
   */
  public BrandMatcher(List<BrandQuery> brands) {
    PostTextAnalyzer analyzer = new PostTextAnalyzer();
    PostQueryParser parser = new PostQueryParser(analyzer);
    Map<String, Query> queries = new TreeMap<>();
    for (BrandQuery brand : brands) {
      Query query;
      try {
        query = parser.parse(brand.query());
      } catch (QuerySyntaxException e) {
        throw new IllegalArgumentException(
            "invalid query of brand '" + brand.name() + "': " + e.getMessage(), e);
      }
      if (queries.put(brand.name(), query) != null) {
        throw new IllegalArgumentException("brand '" + brand.name() + "' is configured twice");
      }
    }
    this.names = List.copyOf(queries.keySet());
    try {
      this.monitor = new Monitor(analyzer);
      List<MonitorQuery> toRegister = new ArrayList<>();
      int i = 0;
      for (Query query : queries.values()) {
        toRegister.add(new MonitorQuery(Integer.toString(i++), query));
      }
      monitor.register(toRegister);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory brand query monitor", e);
    }
  }

  /** The configured brand names, sorted. */
  public List<String> brandNames() {
    return names;
  }

  /** Names of the brands whose queries match the text, sorted; empty when none does. */
  public Set<String> match(String text) {
    try {
      MatchingQueries<QueryMatch> matches =
          monitor.match(document(text), QueryMatch.SIMPLE_MATCHER);
      return names(matches.getMatches());
    } catch (IOException e) {
      throw new UncheckedIOException("brand matching failed on an in-memory index", e);
    }
  }

  /**
   * Matches many texts at once (one in-memory index for the batch, faster than one call per text).
   * Returns one set per text, in the same order.
   */
  public List<Set<String>> match(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    Document[] docs = new Document[texts.size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = document(texts.get(i));
    }
    try {
      MultiMatchingQueries<QueryMatch> matches = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
      List<Set<String>> result = new ArrayList<>(docs.length);
      for (int i = 0; i < docs.length; i++) {
        result.add(names(matches.getMatches(i)));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("brand matching failed on an in-memory index", e);
    }
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the brand query monitor", e);
    }
  }

  private static Document document(String text) {
    Document doc = new Document();
    doc.add(new TextField(PostQueryParser.TEXT_FIELD, text, Field.Store.NO));
    return doc;
  }

  private Set<String> names(Iterable<QueryMatch> matches) {
    Set<String> result = new TreeSet<>();
    for (QueryMatch match : matches) {
      result.add(names.get(Integer.parseInt(match.getQueryId())));
    }
    return result.isEmpty() ? Set.of() : Collections.unmodifiableSet(result);
  }
}
