package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.util.List;
import org.brandpulse.ingest.store.PageTokens;
import org.brandpulse.ingest.store.PostSort;
import org.brandpulse.ingest.store.StoreException;

/**
 * The opaque {@code after} token of a page: the {@code search_after} sort values of its last hit,
 * in the {@link PageTokens} envelope with version {@code es1}.
 */
final class EsPageToken {

  private static final String VERSION = "es1";

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
    return PageTokens.encode(VERSION, sort, text(values.get(0)), text(values.get(1)));
  }

  static List<FieldValue> decode(PostSort sort, String token) throws StoreException {
    PageTokens.Position p = PageTokens.decode(VERSION, sort, token);
    try {
      FieldValue primary =
          sort == PostSort.RELEVANCE
              ? FieldValue.of(Double.parseDouble(p.primary()))
              : FieldValue.of(Long.parseLong(p.primary()));
      return List.of(primary, FieldValue.of(p.id()));
    } catch (NumberFormatException e) {
      throw PageTokens.bad(token, "its sort value '" + p.primary() + "' is not a number", e);
    }
  }

  private static SortOptions field(String name, SortOrder order) {
    return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
  }

  private static String text(FieldValue v) {
    return v.isString() ? v.stringValue() : String.valueOf(v._get());
  }
}
