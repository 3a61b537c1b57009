package org.brandpulse.seoaudit.crawl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP response headers with lower-case names, each with all its values in arrival order.
 *
 * @param all header name (lower case) to its values
 */
public record ResponseHeaders(Map<String, List<String>> all) {

  /** No headers. */
  public static final ResponseHeaders EMPTY = new ResponseHeaders(Map.of());

  /** Copies, lower-casing the names and merging names that differ only in case. */
  public ResponseHeaders {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    all.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.merge(
                k.toLowerCase(Locale.ROOT),
                List.copyOf(v),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
          }
        });
    all = java.util.Collections.unmodifiableMap(copy);
  }

  /** The first value of header {@code name} (any case). */
  public Optional<String> first(String name) {
    List<String> v = all.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** All values of header {@code name} (any case); empty when absent. */
  public List<String> values(String name) {
    return all.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }
}
