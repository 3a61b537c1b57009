package org.brandpulse.ingest.match;

import java.util.Objects;

/**
 * A brand (or competitor) and the query that finds posts about it.
 *
 * @param name the brand name as configured; what {@link BrandMatcher#match} returns
 * @param query Lucene classic query syntax over post text, e.g. {@code bazarly OR "bazarly.com" OR
 *     বাজারলি OR @bazarly}
 */
public record BrandQuery(String name, String query) {
  public BrandQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    if (name.isBlank()) {
      throw new IllegalArgumentException("brand name is blank (query '" + query + "')");
    }
    if (query.isBlank()) {
      throw new IllegalArgumentException("query of brand '" + name + "' is blank");
    }
  }
}
