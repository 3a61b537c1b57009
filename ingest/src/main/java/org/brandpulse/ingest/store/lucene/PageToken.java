package org.brandpulse.ingest.store.lucene;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.brandpulse.ingest.store.PageTokens;
import org.brandpulse.ingest.store.PostSort;
import org.brandpulse.ingest.store.StoreException;

/**
 * The opaque {@code after} token of a page: the sort values of its last hit ({@code searchAfter}),
 * in the {@link PageTokens} envelope with version {@code v1}.
 */
final class PageToken {

  private static final String VERSION = "v1";

  private PageToken() {}

  /** The index sort for a {@link PostSort}: its primary key, then the post id. */
  static Sort sort(PostSort sort) {
    SortField id = new SortField(PostDocuments.ID, SortField.Type.STRING);
    return switch (sort) {
      case NEWEST ->
          new Sort(new SortField(PostDocuments.CREATED_AT, SortField.Type.LONG, true), id);
      case OLDEST -> new Sort(new SortField(PostDocuments.CREATED_AT, SortField.Type.LONG), id);
      case REACH -> new Sort(new SortField(PostDocuments.REACH, SortField.Type.LONG, true), id);
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
    };
  }

  static String encode(PostSort sort, ScoreDoc last) {
    Object[] fields = ((FieldDoc) last).fields;
    return PageTokens.encode(
        VERSION, sort, String.valueOf(fields[0]), ((BytesRef) fields[1]).utf8ToString());
  }

  static FieldDoc decode(PostSort sort, String token) throws StoreException {
    PageTokens.Position p = PageTokens.decode(VERSION, sort, token);
    try {
      Object primary =
          sort == PostSort.RELEVANCE
              ? (Object) Float.valueOf(p.primary())
              : Long.valueOf(p.primary());
      // Doc -1: ids are unique, so no hit ties with the token on every sort field.
      return new FieldDoc(-1, Float.NaN, new Object[] {primary, new BytesRef(p.id())});
    } catch (NumberFormatException e) {
      throw PageTokens.bad(token, "its sort value '" + p.primary() + "' is not a number", e);
    }
  }

  /**
   * The token's position for a searcher over {@code maxDoc} documents. Only the post the token was
   * made from ties with it on every sort field (ids are unique); giving the position the largest
   * doc id there is puts that post before it, so the next page starts after it.
   */
  static FieldDoc at(FieldDoc token, int maxDoc) {
    return maxDoc == 0 ? null : new FieldDoc(maxDoc - 1, token.score, token.fields);
  }
}
