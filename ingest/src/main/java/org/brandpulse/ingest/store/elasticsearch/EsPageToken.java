package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.brandpulse.ingest.store.PostSort;
import org.brandpulse.ingest.store.StoreException;

/**
 * The opaque {@code after} token of a page: the {@code search_after} sort values of its last hit.
 * Format (URL-safe base64 of) {@code es1:<sort>:<primary value>:<post id>}; the id makes every
 * position unique, so the next page starts right after it whatever was written in between.
 */
final class EsPageToken {

  private EsPageToken() {}

  /** The sort for a {@link PostSort}: its primary key, then the post id. */
  static List<SortOptions> sort(PostSort sort) {
    SortOptions id =
        SortOptions.of(s -> s.field(f -> f.field(IndexLayout.ID).order(SortOrder.Asc)));
    SortOptions primary =
        switch (sort) {
          case NEWEST -> field(IndexLayout.CREATED_AT, SortOrder.Desc);
          case OLDEST -> field(IndexLayout.CREATED_AT, SortOrder.Asc);
          case REACH -> field(IndexLayout.REACH, SortOrder.Desc);
          case RELEVANCE -> SortOptions.of(s -> s.score(x -> x.order(SortOrder.Desc)));
        };
    return List.of(primary, id);
  }

  /** Sort by id alone, for walks in id order. */
  static List<SortOptions> byId() {
    return List.of(field(IndexLayout.ID, SortOrder.Asc));
  }

  static String encode(PostSort sort, List<FieldValue> values) {
    String raw = "es1:" + sort.name() + ":" + text(values.get(0)) + ":" + text(values.get(1));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static List<FieldValue> decode(PostSort sort, String token) throws StoreException {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad(token, "it is not a page token of this store", e);
    }
    String[] parts = raw.split(":", 4);
    if (parts.length != 4 || !parts[0].equals("es1")) {
      throw bad(token, "it is not a page token of this store", null);
    }
    if (!parts[1].equals(sort.name())) {
      throw bad(token, "it was made for sort " + parts[1] + " but the query sorts " + sort, null);
    }
    try {
      FieldValue primary =
          sort == PostSort.RELEVANCE
              ? FieldValue.of(Double.parseDouble(parts[2]))
              : FieldValue.of(Long.parseLong(parts[2]));
      return List.of(primary, FieldValue.of(parts[3]));
    } catch (NumberFormatException e) {
      throw bad(token, "its sort value '" + parts[2] + "' is not a number", e);
    }
  }

  private static SortOptions field(String name, SortOrder order) {
    return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
  }

  private static String text(FieldValue v) {
    return v.isString() ? v.stringValue() : String.valueOf(v._get());
  }

  private static StoreException bad(String token, String why, Throwable cause) {
    String clipped = token.length() <= 80 ? token : token.substring(0, 77) + "...";
    return new StoreException("bad page token '" + clipped + "': " + why, cause);
  }
}
