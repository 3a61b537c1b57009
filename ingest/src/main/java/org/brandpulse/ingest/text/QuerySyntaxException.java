package org.brandpulse.ingest.text;

/**
 * A query in Lucene classic syntax could not be parsed.
 *
 * <p>The message names the query (clipped), the 1-based column where parsing failed when the parser
 * reports one, and the parser's explanation of what it expected.
 */
public class QuerySyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String query;
  private final int column;

  /**
   * @param query the query text as given
   * @param column 1-based column of the failure, or 0 when unknown
   * @param detail what the parser found and expected
   * @param cause the parser's exception
   */
  public QuerySyntaxException(String query, int column, String detail, Throwable cause) {
    super(
        "cannot parse query '"
            + clip(query)
            + "'"
            + (column > 0 ? " at column " + column : "")
            + ": "
            + detail,
        cause);
    this.query = query;
    this.column = column;
  }

  /** The query text as given. */
  public String query() {
    return query;
  }

  /** 1-based column where parsing failed, or 0 when the parser did not say. */
  public int column() {
    return column;
  }

  static String clip(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }
}
