package org.brandpulse.ingest.store.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.brandpulse.ingest.store.PostSort;
import org.brandpulse.ingest.store.StoreException;

/**
 * The opaque {@code after} token of a page: the sort values of its last hit, so the next page
 * starts right after it ({@code searchAfter}) whatever was written in between. Format (URL-safe
 * base64 of) {@code v1:<sort>:<primary value>:<post id>}; the id makes every position unique.
 */
final class PageToken {

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
    String id = ((BytesRef) fields[1]).utf8ToString();
    String raw = "v1:" + sort.name() + ":" + fields[0] + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static FieldDoc decode(PostSort sort, String token) throws StoreException {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad(token, "it is not a page token of this store", e);
    }
    String[] parts = raw.split(":", 4);
    if (parts.length != 4 || !parts[0].equals("v1")) {
      throw bad(token, "it is not a page token of this store", null);
    }
    if (!parts[1].equals(sort.name())) {
      throw bad(token, "it was made for sort " + parts[1] + " but the query sorts " + sort, null);
    }
    try {
      Object primary =
          sort == PostSort.RELEVANCE ? (Object) Float.valueOf(parts[2]) : Long.valueOf(parts[2]);
      // Doc -1: ids are unique, so no hit ties with the token on every sort field.
      return new FieldDoc(-1, Float.NaN, new Object[] {primary, new BytesRef(parts[3])});
    } catch (NumberFormatException e) {
      throw bad(token, "its sort value '" + parts[2] + "' is not a number", e);
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

  private static StoreException bad(String token, String why, Throwable cause) {
    String clipped = token.length() <= 80 ? token : token.substring(0, 77) + "...";
    return new StoreException("bad page token '" + clipped + "': " + why, cause);
  }
}
