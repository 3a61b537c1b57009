package org.brandpulse.ingest.text;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.Query;

/**
 * Parses Lucene classic query syntax over post text with {@link PostTextAnalyzer}.
 *
 * <p>Terms without an operator are combined with OR (Lucene's default), phrases match words in
 * order, {@code *} and {@code ?} are wildcards (not at the start of a term), {@code NOT}/{@code -}
 * exclude. A query that names no field searches {@link #TEXT_FIELD}. Thread-safe: a fresh parser is
 * made per call, because Lucene's {@code QueryParser} is not.
 */
public final class PostQueryParser {

  /** The field post text is indexed in, by the store and by the brand matcher. */
  public static final String TEXT_FIELD = "text";

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  private static final Pattern COLUMN_CLAUSE = Pattern.compile(" at line \\d+, column \\d+\\.?");

  private final PostTextAnalyzer analyzer;

  /** A parser over the given analyzer (share the one the index or monitor uses). */
  public PostQueryParser(PostTextAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /**
   * Parses a query.
   *
   * @throws QuerySyntaxException naming the query, the column and what was expected
   */
  public Query parse(String query) throws QuerySyntaxException {
    Objects.requireNonNull(query, "query");
    QueryParser parser = new QueryParser(TEXT_FIELD, analyzer);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new QuerySyntaxException(query, column(cause), detail(cause), e);
    }
  }

  private static int column(Throwable cause) {
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      Token next = pe.currentToken.next;
      // Lucene's character stream counts columns from 0 (EOF sits one past the last character).
      return next != null ? next.beginColumn + 1 : pe.currentToken.endColumn + 2;
    }
    if (cause instanceof TokenMgrError || cause instanceof ParseException) {
      Matcher m = COLUMN.matcher(String.valueOf(cause.getMessage()));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return 0;
  }

  private static String detail(Throwable cause) {
    String message =
        COLUMN_CLAUSE
            .matcher(String.valueOf(cause.getMessage()))
            .replaceAll("")
            .replaceAll("\\s+", " ")
            .trim();
    return message.length() <= 300 ? message : message.substring(0, 297) + "...";
  }
}
